/**
 * Released migrations never change: add a new numbered file instead.
 * A workshop's agenda (its steps, seeded from the curriculum or added by the trainer) and where the room is: the
 * current step and the exercise timer, kept as host timestamps so a reload finds them where they were. The day-1
 * homework board: customer-facing departments and their actions along the 8 perceived-satisfaction factors.
 */
export default {
  version: 5,
  name: 'agenda-homework',
  sql: `
CREATE TABLE agenda_steps (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  day INTEGER NOT NULL CHECK (day IN (1, 2)),
  section_id TEXT,
  title TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  skipped INTEGER NOT NULL CHECK (skipped IN (0, 1)),
  spent_seconds INTEGER NOT NULL DEFAULT 0,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_steps_by_workshop ON agenda_steps(workshop_id);

-- current_step_id has no foreign key: an op that removes the current step clears it in the same effect, and the
-- effect writes deletions before updates.
CREATE TABLE agenda_clocks (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  current_step_id TEXT,
  step_since TEXT,
  timer_ms INTEGER NOT NULL,
  timer_elapsed_ms INTEGER NOT NULL,
  timer_since TEXT
) STRICT;

CREATE TABLE homework_departments (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX homework_departments_by_workshop ON homework_departments(workshop_id);

CREATE TABLE homework_actions (
  id TEXT PRIMARY KEY,
  department_id TEXT NOT NULL REFERENCES homework_departments(id) ON DELETE CASCADE,
  factor TEXT NOT NULL CHECK (factor IN ('brand', 'service', 'people', 'image', 'money', 'time', 'effort', 'worry')),
  what TEXT NOT NULL,
  owner TEXT NOT NULL,
  deadline TEXT NOT NULL,
  measure TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX homework_actions_by_department ON homework_actions(department_id);
`,
};
