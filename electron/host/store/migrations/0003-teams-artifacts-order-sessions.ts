/**
 * Released migrations never change: add a new numbered file instead.
 * Teams and deliverable instances (artifacts); fractional order keys instead of integer positions; each change-log
 * row keeps the effect it stored; sessions (who may connect, with which role) and the library's own settings.
 * Every existing workshop gets its workshop-wide 成果1 artifact, whose id is the workshop's.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export default {
  version: 3,
  name: 'teams-artifacts-order-sessions',
  sql: `
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX teams_by_workshop ON teams(workshop_id);

CREATE TABLE artifacts (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  deliverable TEXT NOT NULL,
  team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX artifacts_by_workshop ON artifacts(workshop_id);
INSERT INTO artifacts (id, workshop_id, deliverable, team_id, title, sort_key)
  SELECT id, id, 'standard', NULL, '', 'a0' FROM workshops;

ALTER TABLE posts ADD COLUMN artifact_id TEXT REFERENCES artifacts(id) ON DELETE CASCADE;
UPDATE posts SET artifact_id = workshop_id;
ALTER TABLE posts ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE posts SET sort_key = 'a' || substr('${BASE62}',
  (SELECT r.n FROM (SELECT id, row_number() OVER (PARTITION BY workshop_id ORDER BY position, id) AS n FROM posts) r
   WHERE r.id = posts.id), 1);
DROP INDEX posts_by_workshop;
ALTER TABLE posts DROP COLUMN position;
CREATE INDEX posts_by_workshop ON posts(workshop_id);
CREATE INDEX posts_by_artifact ON posts(artifact_id);

ALTER TABLE indicators ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE indicators SET sort_key = 'a' || substr('${BASE62}',
  (SELECT r.n FROM (SELECT id, row_number() OVER (PARTITION BY post_id, dimension ORDER BY position, id) AS n FROM indicators) r
   WHERE r.id = indicators.id), 1);
DROP INDEX indicators_by_post;
ALTER TABLE indicators DROP COLUMN position;
CREATE INDEX indicators_by_post ON indicators(post_id);

ALTER TABLE change_log ADD COLUMN effect TEXT;

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('trainer', 'member', 'viewer')),
  workshop_id TEXT REFERENCES workshops(id) ON DELETE CASCADE,
  team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

CREATE TABLE library_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`,
};
