import { describe, expect, it } from 'vitest';
import { formatCountdown, timerDone, timerRemainingMs } from './timer.ts';

const since = '2026-03-02T09:00:00.000Z';
const t0 = Date.parse(since);

describe('the exercise timer read at a moment', () => {
  it('counts down only while running and stops at zero', () => {
    const paused = { timerMs: 300_000, timerElapsedMs: 60_000, timerSince: null };
    expect(timerRemainingMs(paused, t0 + 999_999)).toBe(240_000);
    const running = { ...paused, timerSince: since };
    expect(timerRemainingMs(running, t0 + 30_000)).toBe(210_000);
    expect(timerRemainingMs(running, t0 + 600_000)).toBe(0);
    expect(timerDone(running, t0 + 600_000)).toBe(true);
    expect(timerDone({ timerMs: 0, timerElapsedMs: 0, timerSince: null }, t0)).toBe(false);
  });

  it('shows minutes and seconds, rounding up so 0:00 means zero', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(45 * 60_000)).toBe('45:00');
  });
});
