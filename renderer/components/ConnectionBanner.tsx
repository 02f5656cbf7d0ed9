import { reasonText } from '../../shared/i18n/reason-text.ts';
import { useUi } from '../i18n/useUi.ts';
import { useConnection } from '../sync/hooks.ts';

/**
 * The state of the link to the host, across the top. Hidden while online with nothing waiting; a refusal
 * (wrong token, other app version) stays up with its reason, because nothing will work until it is fixed.
 */
export function ConnectionBanner() {
  const { t } = useUi();
  const { status, reason, pending } = useConnection();

  if (status === 'refused') {
    return (
      <div className="banner banner-error" role="alert">
        <span className="banner-icon" aria-hidden="true">⊘</span>
        {t('conn.refused', { reason: reason ? reasonText(t, reason) : '' })}
      </div>
    );
  }
  if (status === 'offline') {
    return (
      <div className="banner banner-warn" role="status">
        <span className="banner-icon" aria-hidden="true">⚠</span>
        {t('conn.offline')} {pending > 0 ? t('conn.pending', { count: pending }) : null}
      </div>
    );
  }
  if (status === 'connecting') {
    return (
      <div className="banner banner-info" role="status">
        <span className="banner-icon spinner" aria-hidden="true" />
        {t('conn.connecting')}
        {pending > 0 ? ` ${t('conn.pending', { count: pending })}` : null}
      </div>
    );
  }
  // Online: a quiet line while changes are in flight, nothing otherwise; the live region stays mounted.
  return (
    <div className="saving-line" role="status">
      {pending > 0 ? t('conn.saving', { count: pending }) : null}
    </div>
  );
}
