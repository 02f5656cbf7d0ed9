import { describe, expect, it } from 'vitest';
import { daySchedule, formatClock } from './agenda-schedule.ts';

const step = (id: string, minutes: number, extra: Partial<{ skipped: boolean; spentSeconds: number }> = {}) => ({
  id,
  minutes,
  skipped: false,
  spentSeconds: 0,
  ...extra,
});
const T0 = Date.parse('2026-03-02T09:00:00Z');

describe('a day’s schedule', () => {
  it('gives planned clock times that leave skipped steps out', () => {
    const s = daySchedule([step('a', 15), step('b', 40, { skipped: true }), step('c', 30), step('d', 20)], '09:00', { stepId: null, sinceMs: null }, T0);
    expect(s.rows.map((r) => formatClock(r.plannedStart))).toEqual(['09:00', '09:15', '09:15', '09:45']);
    expect(formatClock(s.plannedEnd)).toBe('10:05');
    expect(s.projectedEndMs).toBeNull();
  });

  it('is behind by the overrun of done steps plus the current step’s overrun, and projects the end from now', () => {
    const steps = [step('a', 15, { spentSeconds: 25 * 60 }), step('b', 30, { spentSeconds: 5 * 60 }), step('c', 20)];
    // b has run 5 min before and 30 min since it was resumed: 35 of 30 planned.
    const now = T0 + 60 * 60_000;
    const s = daySchedule(steps, '09:00', { stepId: 'b', sinceMs: now - 30 * 60_000 }, now);
    expect(s.rows.map((r) => r.status)).toEqual(['done', 'current', 'upcoming']);
    expect(s.behindMinutes).toBe(10 + 5);
    expect(s.projectedEndMs).toBe(now + 20 * 60_000);
  });

  it('is ahead when a step is finished early or jumped over, and the current step’s unused time stays in the projection', () => {
    const steps = [step('a', 30, { spentSeconds: 20 * 60 }), step('b', 15), step('c', 40), step('d', 10)];
    const now = T0;
    const s = daySchedule(steps, '09:00', { stepId: 'c', sinceMs: now - 10 * 60_000 }, now);
    expect(s.behindMinutes).toBe(-10 - 15);
    expect(s.projectedEndMs).toBe(now + (30 + 10) * 60_000);
  });
});
