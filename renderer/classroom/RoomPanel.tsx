import { useEffect, useRef, useState } from 'react';
import { reasonText } from '../../shared/i18n/reason-text.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useUi } from '../i18n/useUi.ts';
import { usePeers } from '../workshop/workshop-hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { preselectedAddress } from './addresses.ts';
import { AddressPicker } from './AddressPicker.tsx';
import { DisplayLinks } from './DisplayLinks.tsx';
import { useRoomListener } from './classroom-hooks.ts';
import { JoinCard } from './JoinCard.tsx';
import { JoinHelp } from './JoinHelp.tsx';
import { JoinProjection } from './JoinProjection.tsx';
import { connectedMembers } from './online.ts';

/** How long an open room may go without a single phone connected before the guide opens by itself. */
const QUIET_MS = 2 * 60_000;

/** Open and close the classroom listener, and show how to join while it is open. */
export function RoomPanel() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const listener = useRoomListener();
  const members = connectedMembers(usePeers());
  const [picked, setPicked] = useState<string | null>(null);
  const [help, setHelp] = useState<'asked' | 'auto' | null>(null);
  const [closing, setClosing] = useState(false);
  const [projecting, setProjecting] = useState(false);
  /** The join code of the opening the guide was offered for: each opening has its own code, and its own offer. */
  const [offeredFor, setOfferedFor] = useState<string | null>(null);
  const { state } = listener;
  const openHere = state?.open === true && state.workshopId === workshopId ? state : null;

  // A room nobody reaches is a network problem: offer the guide once per opening, before the trainer has to ask.
  const quietCode = openHere !== null && members === 0 && offeredFor !== openHere.joinCode ? openHere.joinCode : null;
  useEffect(() => {
    if (quietCode === null) return;
    const timer = setTimeout(() => {
      setOfferedFor(quietCode);
      setHelp((h) => h ?? 'auto');
    }, QUIET_MS);
    return () => clearTimeout(timer);
  }, [quietCode]);

  // Opening, closing or leaving the projection removes what had the focus: the next step's button takes it (and the eye).
  const primary = useRef<HTMLButtonElement>(null);
  const isOpen = openHere !== null;
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) primary.current?.focus();
  }, [isOpen, projecting]);

  const failure = listener.failure ? (listener.failure.reason ? reasonText(t, listener.failure.reason) : t('classroom.room.unreachableHost')) : null;
  const address = picked ?? (state ? preselectedAddress(state.addresses) : null);

  return (
    <section className="room-panel" aria-labelledby="room-heading">
      <div className="room-head">
        <h2 id="room-heading">{t('classroom.room.heading')}</h2>
        <button type="button" className="btn" onClick={() => setHelp('asked')}>
          {t('classroom.help.button')}
        </button>
      </div>
      {failure ? (
        <p className="banner banner-error" role="alert">
          <span>{failure}</span>
          <button type="button" className="btn btn-small" onClick={listener.refresh} disabled={listener.busy}>
            {t('classroom.room.retry')}
          </button>
        </p>
      ) : null}
      {!state ? (
        listener.failure ? null : (
          <p className="placeholder" role="status">
            {t('classroom.room.loading')}
          </p>
        )
      ) : openHere ? (
        <>
          <JoinCard joinUrl={openHere.joinUrl} joinCode={openHere.joinCode} />
          <div className="room-actions">
            <button type="button" className="btn btn-primary btn-large" ref={primary} onClick={() => setProjecting(true)}>
              {t('classroom.room.project')}
            </button>
            <button type="button" className="btn btn-danger-outline" onClick={() => setClosing(true)} disabled={listener.busy}>
              {t('classroom.room.close')}
            </button>
          </div>
          <DisplayLinks />
        </>
      ) : state.open ? (
        <div className="room-elsewhere">
          <p role="status">{t('classroom.room.openElsewhere')}</p>
          <button type="button" className="btn btn-danger-outline" onClick={() => setClosing(true)} disabled={listener.busy}>
            {t('classroom.room.close')}
          </button>
        </div>
      ) : (
        <>
          <p className="lead">{t('classroom.room.lead')}</p>
          {state.addresses.length === 0 ? (
            <p className="banner banner-warn" role="status">
              {t('classroom.room.noAddress')}
            </p>
          ) : (
            <AddressPicker addresses={state.addresses} selected={address} onSelect={setPicked} />
          )}
          <div className="room-actions">
            <button
              type="button"
              className="btn btn-primary btn-large"
              ref={primary}
              disabled={!address || listener.busy}
              onClick={() => address && listener.open(address)}
            >
              {listener.busy ? t('classroom.room.busy') : t('classroom.room.open')}
            </button>
            <button type="button" className="btn" onClick={listener.refresh} disabled={listener.busy}>
              {t('classroom.room.rescan')}
            </button>
          </div>
        </>
      )}
      {help ? <JoinHelp auto={help === 'auto'} onClose={() => setHelp(null)} /> : null}
      {closing ? (
        <ConfirmDialog
          title={t('classroom.room.closeTitle')}
          message={t('classroom.room.closeConfirm')}
          confirmLabel={t('classroom.room.close')}
          onConfirm={listener.close}
          onClose={() => setClosing(false)}
        />
      ) : null}
      {projecting && openHere ? <JoinProjection joinUrl={openHere.joinUrl} joinCode={openHere.joinCode} onExit={() => setProjecting(false)} /> : null}
    </section>
  );
}
