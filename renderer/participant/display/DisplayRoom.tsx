import { useEffect, useRef } from 'react';
import { ActivityResults } from '../../activities/results/ActivityResults.tsx';
import { JoinCard } from '../../classroom/JoinCard.tsx';
import { spacedCode } from '../../classroom/join-code.ts';
import { TimerDisplay } from '../../course/Timer.tsx';
import { stepContent } from '../../course/step-content.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useConnection, useDocSelector, useEnded, useWatchWorkshop } from '../../sync/hooks.ts';
import { SyncProvider } from '../../sync/SyncProvider.tsx';
import { useWorkshopId, WorkshopContext } from '../../workshop/WorkshopContext.tsx';
import { useActiveActivity, useCurrentStep, useTimerSet } from '../room-hooks.ts';
import { DisplayMessage } from './DisplayMessage.tsx';

/** A display's unsent edits: none can exist (a viewer edits nothing), but its store stays apart from a phone's. */
const DISPLAY_OUTBOX = 'satisfy-outbox-display';

interface Props {
  workshopId: string;
  /** The code on the projector now (none while the classroom is closed). */
  joinCode: string | null;
  /**
   * Read again who this display is: when the host lets it back in (a reopened classroom has a new code) and when the
   * host ends its credential (the answer then says the link no longer works).
   */
  onRecheck(): void;
}

export function DisplayRoom({ workshopId, ...shell }: Props) {
  return (
    <WorkshopContext.Provider value={workshopId}>
      <SyncProvider outbox={DISPLAY_OUTBOX}>
        <DisplayShell {...shell} />
      </SyncProvider>
    </WorkshopContext.Provider>
  );
}

function DisplayShell({ joinCode, onRecheck }: Omit<Props, 'workshopId'>) {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const { ready, gone } = useWatchWorkshop(workshopId);
  const { ended, retrying, retry } = useEnded();
  const { status, reason } = useConnection();
  const name = useDocSelector(workshopId, (doc) => doc.workshop.name);
  const activity = useActiveActivity();
  const step = useCurrentStep();
  const timerSet = useTimerSet();

  // Nobody stands at a display: a closed classroom is waited out, and the code is read again once it is back.
  useEffect(() => {
    if (ended === 'classroomClosed' && !retrying) retry();
  }, [ended, retrying, retry]);
  const wasOnline = useRef(false);
  useEffect(() => {
    if (status === 'online' && !wasOnline.current) onRecheck();
    wasOnline.current = status === 'online';
  }, [status, onRecheck]);
  const revoked = ended === 'removed' || gone || (status === 'refused' && reason?.code === 'unauthorized');
  useEffect(() => {
    if (revoked) onRecheck();
  }, [revoked, onRecheck]);

  if (ended === 'classroomClosed') return <DisplayMessage title={t('participant.display.closed.title')} text={t('participant.display.closed.text')} />;
  if (!ready) return <DisplayMessage title={t('participant.display.loading')} text="" />;
  const joinUrl = `${location.origin}/`;
  return (
    <div className="display">
      <header className="display-head">
        <span className="display-name">{name}</span>
        {timerSet && activity ? <TimerDisplay size="small" silent /> : null}
        <span className="display-badge">{t('participant.display.badge')}</span>
      </header>
      <main className="display-main">
        {activity ? (
          <ActivityResults activity={activity} projector />
        ) : (
          <>
            {step ? <p className="display-step">{stepContent(step, lang).title}</p> : null}
            {timerSet ? <TimerDisplay silent /> : null}
            {joinCode ? <JoinCard joinUrl={joinUrl} joinCode={joinCode} big /> : null}
          </>
        )}
      </main>
      {activity && joinCode ? (
        <footer className="display-foot" data-testid="display-join-strip">
          {t('participant.display.joinStrip', { url: joinUrl, code: spacedCode(joinCode) })}
        </footer>
      ) : null}
    </div>
  );
}
