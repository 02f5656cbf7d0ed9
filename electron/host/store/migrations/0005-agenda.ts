/**
 * Released migrations never change: add a new numbered file instead.
 * A workshop's agenda (its steps, seeded from the curriculum or added by the trainer) and where the room is: the
 * current step and the exercise timer, kept as host timestamps so a reload finds them where they were.
 */
export default {
  version: 5,
  name: 'agenda',
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
`,
};
