import type { AgendaClock, AgendaStep } from '../../../../shared/deliverables/agenda/schemas.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

interface StepRow {
  id: string;
  day: 1 | 2;
  section_id: string | null;
  title: string;
  minutes: number;
  skipped: number;
  spent_seconds: number;
  sort_key: string;
}

const toStep = (r: StepRow): AgendaStep => ({
  id: r.id,
  day: r.day,
  sectionId: r.section_id,
  title: r.title,
  minutes: r.minutes,
  skipped: r.skipped === 1,
  spentSeconds: r.spent_seconds,
  order: r.sort_key,
});

/** Column values in the order both statements use, the id last. */
const stepValues = (s: AgendaStep): unknown[] => [s.day, s.sectionId, s.title, s.minutes, s.skipped ? 1 : 0, s.spentSeconds, s.order, s.id];

export const agendaStepsTable: TableMap<AgendaStep> = {
  load: (db, workshopId) => (sql(db, 'SELECT * FROM agenda_steps WHERE workshop_id = ?').all(workshopId) as StepRow[]).map(toStep),
  insert: (db, workshopId, s) =>
    void sql(
      db,
      `INSERT INTO agenda_steps (workshop_id, day, section_id, title, minutes, skipped, spent_seconds, sort_key, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(workshopId, ...stepValues(s)),
  update: (db, s) =>
    void sql(db, 'UPDATE agenda_steps SET day = ?, section_id = ?, title = ?, minutes = ?, skipped = ?, spent_seconds = ?, sort_key = ? WHERE id = ?').run(
      ...stepValues(s),
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM agenda_steps WHERE id = ?').run(id),
};

interface ClockRow {
  workshop_id: string;
  current_step_id: string | null;
  step_since: string | null;
  timer_ms: number;
  timer_elapsed_ms: number;
  timer_since: string | null;
}

const clockValues = (c: AgendaClock): unknown[] => [c.currentStepId, c.stepSince, c.timerMs, c.timerElapsedMs, c.timerSince, c.id];

/** One row per workshop, keyed by the workshop's id (the clock entity's id). */
export const agendaClocksTable: TableMap<AgendaClock> = {
  load: (db, workshopId) =>
    (sql(db, 'SELECT * FROM agenda_clocks WHERE workshop_id = ?').all(workshopId) as ClockRow[]).map((r) => ({
      id: r.workshop_id,
      currentStepId: r.current_step_id,
      stepSince: r.step_since,
      timerMs: r.timer_ms,
      timerElapsedMs: r.timer_elapsed_ms,
      timerSince: r.timer_since,
    })),
  insert: (db, _workshopId, c) =>
    void sql(
      db,
      'INSERT INTO agenda_clocks (current_step_id, step_since, timer_ms, timer_elapsed_ms, timer_since, workshop_id) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(...clockValues(c)),
  update: (db, c) =>
    void sql(
      db,
      'UPDATE agenda_clocks SET current_step_id = ?, step_since = ?, timer_ms = ?, timer_elapsed_ms = ?, timer_since = ? WHERE workshop_id = ?',
    ).run(...clockValues(c)),
  remove: (db, id) => void sql(db, 'DELETE FROM agenda_clocks WHERE workshop_id = ?').run(id),
};
