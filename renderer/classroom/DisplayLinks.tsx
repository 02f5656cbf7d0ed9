import { useState } from 'react';
import { reasonText } from '../../shared/i18n/reason-text.ts';
import type { DisplayLink } from '../../shared/protocol/classroom.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { useUi } from '../i18n/useUi.ts';
import { usePeers } from '../workshop/workshop-hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { newDisplayLink, revokeDisplayLinks } from './classroom-api.ts';
import { JoinQr } from './JoinQr.tsx';
import { connectedDisplays } from './online.ts';

type Shown = { link: DisplayLink } | { failure: string };

/**
 * Read-only displays (大屏): a projector's own computer or a hall's extra screens open a link that shows the join card
 * and the live activity's results, and can edit nothing. The link is a credential, so it is shown on demand in a
 * dialog the trainer is told not to project, and every link of the workshop can be revoked at once.
 */
export function DisplayLinks() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const online = connectedDisplays(usePeers());
  const [shown, setShown] = useState<Shown | null>(null);
  const [revoking, setRevoking] = useState(false);
  /** What the last revocation came to: how many links stopped working, or 'failed' when the host did not say. */
  const [revoked, setRevoked] = useState<number | 'failed' | null>(null);

  const show = async () => {
    const answer = await newDisplayLink(workshopId);
    setRevoked(null);
    setShown(answer.ok ? { link: answer.link } : { failure: answer.reason ? reasonText(t, answer.reason) : t('classroom.room.unreachableHost') });
  };

  return (
    <section className="display-links" aria-labelledby="display-links-heading">
      <h3 id="display-links-heading">{t('classroom.display.heading')}</h3>
      <p className="field-hint">{t('classroom.display.lead')}</p>
      <p className="display-online" role="status">
        {revoked === 'failed'
          ? t('classroom.display.revokeFailed')
          : online > 0
            ? t('classroom.display.online', { count: online })
            : revoked !== null
              ? t('classroom.display.revoked', { count: revoked })
              : t('classroom.display.none')}
      </p>
      <div className="room-actions">
        <button type="button" className="btn" onClick={() => void show()}>
          {t('classroom.display.show')}
        </button>
        <button type="button" className="btn btn-danger-outline" onClick={() => setRevoking(true)}>
          {t('classroom.display.revoke')}
        </button>
      </div>
      {shown ? (
        <Dialog title={t('classroom.display.dialogTitle')} onClose={() => setShown(null)} wide>
          {'link' in shown ? (
            <div className="display-link">
              <JoinQr link={shown.link.url} label={t('classroom.display.qrLabel')} />
              <div>
                <p className="banner banner-warn" role="note">
                  {t('classroom.display.private')}
                </p>
                <p className="display-link-steps">{t('classroom.display.steps')}</p>
                <p className="display-link-url" data-testid="display-link">
                  {shown.link.url}
                </p>
              </div>
            </div>
          ) : (
            <p className="banner banner-error" role="alert">
              {shown.failure}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" data-autofocus onClick={() => setShown(null)}>
              {t('classroom.display.done')}
            </button>
          </div>
        </Dialog>
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={t('classroom.display.revokeTitle')}
          message={t('classroom.display.revokeConfirm')}
          confirmLabel={t('classroom.display.revoke')}
          onConfirm={() => void revokeDisplayLinks(workshopId).then((count) => setRevoked(count ?? 'failed'))}
          onClose={() => setRevoking(false)}
        />
      ) : null}
    </section>
  );
}
