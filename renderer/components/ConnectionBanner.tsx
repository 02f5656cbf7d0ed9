import { useEffect, useState } from 'react';
import { reasonText } from '../../shared/i18n/reason-text.ts';
import { sentences } from '../i18n/sentences.ts';
import { useUi } from '../i18n/useUi.ts';
import { useConnection } from '../sync/hooks.ts';

/**
 * The state of the link to the host, across the top. Hidden while online with nothing waiting; a refusal
 * (wrong token, other app version) stays up with its reason, because nothing will work until it is fixed.
 */
export function ConnectionBanner() {
  const { t, lang } = useUi();
  const { status, reason, pending } = useConnection();
  const slowToConnect = useAfter(status === 'connecting', CONNECTING_GRACE_MS);

  if (status === 'refused') {
    return (
      <div className="banner banner-error" role="alert">
        <span className="banner-icon" aria-hidden="true">⊘</span>
        {sentences(lang, t('conn.refused', { reason: reason ? reasonText(t, reason) : '' }), t('conn.readOnly'))}
      </div>
    );
  }
  if (status === 'offline') {
    return (
      <div className="banner banner-warn" role="status">
        <span className="banner-icon" aria-hidden="true">⚠</span>
        {sentences(lang, t('conn.offline'), pending > 0 && t('conn.pending', { count: pending }))}
      </div>
    );
  }
  if (status === 'connecting' && slowToConnect) {
    return (
      <div className="banner banner-info" role="status">
        <span className="banner-icon spinner" aria-hidden="true" />
        {sentences(lang, t('conn.connecting'), pending > 0 && t('conn.pending', { count: pending }))}
      </div>
    );
  }
  // Online (or connecting, briefly): a quiet line while changes are in flight, nothing otherwise; the live region stays mounted.
  return (
    <div className="saving-line" role="status">
      {pending > 0 ? t('conn.saving', { count: pending }) : null}
    </div>
  );
}

/**
 * A connection on the same machine opens in milliseconds; a banner flashed for that long only shifts the page
 * (and a click aimed at a button lands elsewhere). It appears once connecting takes longer than this.
 */
const CONNECTING_GRACE_MS = 800;

/** True once `condition` has held for `ms` without a break. */
function useAfter(condition: boolean, ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    setElapsed(false);
    if (!condition) return;
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(timer);
  }, [condition, ms]);
  return condition && elapsed;
}
