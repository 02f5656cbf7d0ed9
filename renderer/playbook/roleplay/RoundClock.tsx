import { useEffect, useState } from 'react';
import type { Round } from '../../../shared/deliverables/playbook/schemas.ts';
import { useUi } from '../../i18n/useUi.ts';

/** Seconds left in a round at `now` (never below zero); the whole duration before it starts. */
export function secondsLeft(round: Pick<Round, 'minutes' | 'startedAt' | 'endedAt'>, now: number): number {
  const total = round.minutes * 60;
  if (!round.startedAt) return total;
  const end = round.endedAt ? Date.parse(round.endedAt) : now;
  return Math.max(0, Math.round(total - (end - Date.parse(round.startedAt)) / 1000));
}

const mmss = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** A big countdown every screen in the room agrees on: it runs from the host's start time. */
export function RoundClock({ round }: { round: Round }) {
  const { t } = useUi();
  const [now, setNow] = useState(() => Date.now());
  const running = Boolean(round.startedAt && !round.endedAt);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [running]);
  const left = secondsLeft(round, now);
  const state = !round.startedAt ? t('playbook.notStarted') : round.endedAt ? t('playbook.finished') : null;
  return (
    <div className={left === 0 && running ? 'round-clock round-clock-over' : 'round-clock'} role="timer" aria-label={t('playbook.clockLabel')}>
      <span className="round-clock-time">{mmss(left)}</span>
      {state ? <span className="round-clock-state">{state}</span> : null}
    </div>
  );
}
