import { useEffect, useRef } from 'react';
import { formatCountdown, timerDone, timerRemainingMs } from '../../shared/rules/timer.ts';
import { useUi } from '../i18n/useUi.ts';
import { useClient, useHostNow, useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useAgendaClock } from './agenda-hooks.ts';
import { beep } from './beep.ts';

/**
 * The exercise countdown, read from host state; beeps once when it reaches zero while someone is watching (the
 * projector does; forty phones beeping at once would not help the room, so they pass `silent`).
 */
export function TimerDisplay({ size = 'large', silent = false }: { size?: 'large' | 'small'; silent?: boolean }) {
  const { t } = useUi();
  const clock = useAgendaClock();
  const now = useHostNow();
  const state = clock ?? { timerMs: 0, timerElapsedMs: 0, timerSince: null };
  const remaining = timerRemainingMs(state, now);
  const done = timerDone(state, now);
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current && !silent) beep();
    wasDone.current = done;
  }, [done, silent]);
  const running = state.timerSince !== null && !done;
  return (
    <div className={`timer timer-${size}${done ? ' timer-done' : ''}`} role="timer" aria-label={t('course.timer.label')} data-remaining-ms={remaining}>
      <span className="timer-digits">{formatCountdown(remaining)}</span>
      <span className="timer-state">{done ? t('course.timer.done') : running ? t('course.timer.running') : t('course.timer.paused')}</span>
    </div>
  );
}

/** Start / pause, +1, +5 (host ops: every window sees the same timer). */
export function TimerControls({ resetMinutes }: { resetMinutes: number | null }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const clock = useAgendaClock();
  const now = useHostNow(500);
  const running = clock !== null && clock.timerSince !== null && timerRemainingMs(clock, now) > 0;
  const send = (type: 'timer.start' | 'timer.pause') => submit({ type, payload: { workshopId } });
  const add = (minutes: number) => submit({ type: 'timer.add', payload: { workshopId, ms: minutes * 60_000 } });
  return (
    <div className="timer-controls">
      <button type="button" className="btn btn-primary" onClick={() => send(running ? 'timer.pause' : 'timer.start')}>
        {running ? t('course.timer.pause') : t('course.timer.start')}
      </button>
      <button type="button" className="btn" onClick={() => add(1)}>
        {t('course.timer.plus1')}
      </button>
      <button type="button" className="btn" onClick={() => add(5)}>
        {t('course.timer.plus5')}
      </button>
      {resetMinutes ? (
        <button type="button" className="btn" onClick={() => submit({ type: 'timer.set', payload: { workshopId, ms: resetMinutes * 60_000 } })}>
          {t('course.timer.reset', { n: resetMinutes })}
        </button>
      ) : null}
    </div>
  );
}

/** T on the keyboard: start a paused timer, pause a running one. */
export function useToggleTimer(): () => void {
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const client = useClient();
  const clock = useAgendaClock();
  return () => {
    const running = clock !== null && clock.timerSince !== null && timerRemainingMs(clock, client.hostNow()) > 0;
    submit({ type: running ? 'timer.pause' : 'timer.start', payload: { workshopId } });
  };
}
