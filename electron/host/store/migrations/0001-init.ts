/** Released migrations never change: add a new numbered file instead. */
export default {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  company TEXT NOT NULL,
  trainer TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE posts (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX posts_by_workshop ON posts(workshop_id, position);

CREATE TABLE post_dimensions (
  post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL CHECK (dimension IN ('tangibles', 'assurance', 'responsiveness', 'reliability', 'empathy')),
  weight REAL NOT NULL CHECK (weight >= 0 AND weight <= 100),
  PRIMARY KEY (post_id, dimension)
) STRICT;

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL CHECK (dimension IN ('tangibles', 'assurance', 'responsiveness', 'reliability', 'empathy')),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  weight REAL NOT NULL CHECK (weight >= 0 AND weight <= 100),
  scoring_kind TEXT NOT NULL CHECK (scoring_kind IN ('scale5', 'deduction', 'passFail')),
  deduction_points REAL,
  data_source TEXT NOT NULL,
  cycle TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX indicators_by_post ON indicators(post_id, dimension, position);

-- Every committed op, in host order. Outlives deleted workshops so late clients learn of the deletion.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL UNIQUE,
  workshop_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_by_workshop ON change_log(workshop_id, seq);
`,
};
