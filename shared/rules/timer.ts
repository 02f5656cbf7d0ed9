/** The exercise timer as stored (host timestamps), read at a moment. */
export interface TimerState {
  timerMs: number;
  timerElapsedMs: number;
  timerSince: string | null;
}

/** Milliseconds left at `nowMs` (never below zero). */
export function timerRemainingMs(t: TimerState, nowMs: number): number {
  const running = t.timerSince ? Math.max(0, nowMs - Date.parse(t.timerSince)) : 0;
  return Math.max(0, t.timerMs - t.timerElapsedMs - running);
}

export const timerRunning = (t: TimerState, nowMs: number): boolean => t.timerSince !== null && timerRemainingMs(t, nowMs) > 0;

/** Reached zero after having been set: the moment for the sound and the flash. */
export const timerDone = (t: TimerState, nowMs: number): boolean => t.timerMs > 0 && timerRemainingMs(t, nowMs) === 0;

/** mm:ss for the countdown (rounded up, so it shows 0:00 only at zero). */
export function formatCountdown(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
