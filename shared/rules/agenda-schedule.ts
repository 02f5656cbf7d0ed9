/** A step as the schedule needs it (an agenda step, in order). */
export interface ScheduleStep {
  id: string;
  minutes: number;
  skipped: boolean;
  spentSeconds: number;
}

export type StepStatus = 'done' | 'current' | 'upcoming' | 'skipped';

export interface ScheduleRow {
  id: string;
  status: StepStatus;
  /** Planned start, minutes after midnight (the day's start plus the planned minutes of the steps before it). */
  plannedStart: number;
  /** Minutes actually spent (closed time plus, for the current step, its running time). */
  spentMinutes: number;
}

export interface Schedule {
  rows: ScheduleRow[];
  /** Planned end of the day, minutes after midnight. */
  plannedEnd: number;
  /** Minutes behind plan (negative: ahead), from the time spent on the steps done so far and the current one. */
  behindMinutes: number;
  /** When the day will end at this pace (epoch ms), or null before the day has started. */
  projectedEndMs: number | null;
}

export const parseClock = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

export const formatClock = (minutes: number): string => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * One day's schedule: planned clock times, what is done, and whether the room runs ahead or behind. Skipped steps
 * take no time. A step before the current one counts as done with the time it really took (a step jumped over took
 * none, so the room is ahead by its minutes); the current step counts only once it overruns its plan.
 */
export function daySchedule(
  steps: readonly ScheduleStep[],
  dayStart: string,
  current: { stepId: string | null; sinceMs: number | null },
  nowMs: number,
): Schedule {
  const currentIndex = steps.findIndex((s) => s.id === current.stepId);
  const runningMs = currentIndex >= 0 && current.sinceMs !== null ? Math.max(0, nowMs - current.sinceMs) : 0;
  let planned = parseClock(dayStart);
  let behind = 0;
  let remainingAfterNow = 0;
  const rows = steps.map((s, i): ScheduleRow => {
    const spentMinutes = (s.spentSeconds + (i === currentIndex ? runningMs / 1000 : 0)) / 60;
    const status: StepStatus = s.skipped ? 'skipped' : currentIndex < 0 ? 'upcoming' : i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'upcoming';
    const row = { id: s.id, status, plannedStart: planned, spentMinutes };
    if (s.skipped) return row;
    planned += s.minutes;
    if (status === 'done') behind += spentMinutes - s.minutes;
    if (status === 'current') {
      behind += Math.max(0, spentMinutes - s.minutes);
      remainingAfterNow += Math.max(0, s.minutes - spentMinutes);
    }
    if (status === 'upcoming') remainingAfterNow += s.minutes;
    return row;
  });
  return {
    rows,
    plannedEnd: planned,
    behindMinutes: Math.round(behind),
    projectedEndMs: currentIndex >= 0 ? nowMs + remainingAfterNow * 60_000 : null,
  };
}
