import { useRef, useState } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner.tsx';
import { Notices } from '../components/Notices.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useConnection, useEnded, useWatchWorkshop } from '../sync/hooks.ts';
import { SyncProvider } from '../sync/SyncProvider.tsx';
import { WorkshopContext } from '../workshop/WorkshopContext.tsx';
import { EndedScreen } from './EndedScreen.tsx';
import type { Identity } from './identity.ts';
import { NowScreen } from './now/NowScreen.tsx';
import { ParticipantContext, useIdentity } from './ParticipantContext.tsx';
import { useActiveActivity, useClassroom, useMe } from './room-hooks.ts';
import { RoomHeader } from './RoomHeader.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { OurWork } from './work/OurWork.tsx';

type Tab = 'now' | 'work';

/** Apart from the trainer's, so a trainer trying the participant page on the loopback address mixes no edits. */
const PARTICIPANT_OUTBOX = 'satisfy-outbox-participant';

/** The classroom on a phone: one connection as this participant, the room's header, "Now" and "Our work". */
export function Room({ identity, onLeave }: { identity: Identity; onLeave(): void }) {
  return (
    <ParticipantContext.Provider value={identity}>
      <WorkshopContext.Provider value={identity.workshopId}>
        <SyncProvider outbox={PARTICIPANT_OUTBOX}>
          <RoomShell onLeave={onLeave} />
        </SyncProvider>
      </WorkshopContext.Provider>
    </ParticipantContext.Provider>
  );
}

function RoomShell({ onLeave }: { onLeave(): void }) {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  const { ready, gone } = useWatchWorkshop(workshopId);
  const { ended, retrying, retry } = useEnded();
  const { status, reason } = useConnection();
  const me = useMe();
  // My row gone after it was there: the trainer removed me (the host's bye may still be on its way).
  const seenMe = useRef(false);
  if (me) seenMe.current = true;
  const { locked } = useClassroom();
  const activity = useActiveActivity();
  const [tab, setTab] = useState<Tab>('now');
  // Someone working on the team's map must still notice that the trainer asked the room something.
  const nowCalls = tab === 'work' && activity !== null && activity.open;

  if (ended) return <EndedScreen reason={ended} retrying={retrying} onRetry={retry} onLeave={onLeave} />;
  // Refused at the door (the socket opened after the classroom closed) reads the same as being told so on the way out.
  if (status === 'refused' && reason?.code === 'classroomClosed') return <EndedScreen reason="classroomClosed" onRetry={retry} onLeave={onLeave} />;
  // A revoked credential, a deleted workshop or a removed row all mean the same to the person holding the phone.
  if ((status === 'refused' && reason?.code === 'unauthorized') || gone || (ready && !me && seenMe.current)) {
    return <EndedScreen reason="removed" onRetry={retry} onLeave={onLeave} />;
  }

  return (
    <div className="p-app">
      <RoomHeader />
      <ConnectionBanner />
      {locked ? (
        <p className="banner banner-info p-locked" role="status">
          <span className="banner-icon" aria-hidden="true">⊘</span>
          {t('participant.locked')}
        </p>
      ) : null}
      <main className="p-main" id="main">
        {!ready || !me ? (
          <p className="placeholder" role="status">
            {t('participant.loading')}
          </p>
        ) : (
          <fieldset className="main-fieldset" disabled={status === 'refused'}>
            {me.teamId === null ? <TeamPanel /> : null}
            {tab === 'now' ? <NowScreen /> : <OurWork />}
          </fieldset>
        )}
      </main>
      <nav className="p-tabs" aria-label={t('participant.tabs')}>
        {(['now', 'work'] as const).map((key) => (
          <button key={key} type="button" className="p-tab" aria-current={tab === key ? 'page' : undefined} onClick={() => setTab(key)}>
            {t(`participant.tab.${key}`)}
            {key === 'now' && nowCalls ? <span className="p-tab-call">{t('participant.tab.activeNow')}</span> : null}
          </button>
        ))}
      </nav>
      <Notices />
    </div>
  );
}
