/**
 * Released migrations never change: add a new numbered file instead.
 * The live classroom: who joined each workshop from their own device (a participant's id is their session's) and in
 * which team, how the trainer runs the room (editing locked, teams shared, teams on the projector, the live activity),
 * and the live activities with what the room answered: brainstorm notes, dot votes, NPS and rating poll answers.
 */
export default {
  version: 8,
  name: 'classroom-activities',
  sql: `
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
  language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
  joined_at TEXT NOT NULL
) STRICT;
CREATE INDEX participants_by_workshop ON participants(workshop_id);

-- active_activity_id has no foreign key: removing the activity clears it in the same effect.
CREATE TABLE classrooms (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
  shared_team_ids TEXT NOT NULL,
  projected_team_ids TEXT NOT NULL,
  active_activity_id TEXT
) STRICT;

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('brainstorm', 'dotVote', 'npsPoll', 'ratingPoll')),
  prompt TEXT NOT NULL,
  step_id TEXT,
  anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  votes_per_person INTEGER NOT NULL,
  source_activity_id TEXT,
  dimensions TEXT NOT NULL,
  open INTEGER NOT NULL CHECK (open IN (0, 1)),
  revealed INTEGER NOT NULL CHECK (revealed IN (0, 1)),
  created_at TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX activities_by_workshop ON activities(workshop_id);

CREATE TABLE activity_notes (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  author_id TEXT,
  author_name TEXT NOT NULL,
  team_id TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX activity_notes_by_activity ON activity_notes(activity_id);

CREATE TABLE activity_votes (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  note_id TEXT NOT NULL REFERENCES activity_notes(id) ON DELETE CASCADE,
  voter_id TEXT NOT NULL
) STRICT;
CREATE INDEX activity_votes_by_activity ON activity_votes(activity_id);

CREATE TABLE activity_responses (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  respondent_id TEXT NOT NULL,
  score INTEGER CHECK (score BETWEEN 0 AND 10),
  ratings TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX activity_responses_by_activity ON activity_responses(activity_id);
`,
};
