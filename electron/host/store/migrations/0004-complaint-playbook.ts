/**
 * Released migrations never change: add a new numbered file instead.
 * The complaint playbook (投诉处理手册): scenarios with their principle notes, chosen remedies and CLEAR script lines;
 * the authorization tiers; the complaint KPIs; role-play rounds with their observers and score sheets.
 */
export default {
  version: 4,
  name: 'complaint-playbook',
  sql: `
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  complaint_type TEXT NOT NULL,
  severity TEXT NOT NULL,
  emotion TEXT NOT NULL,
  real_need TEXT NOT NULL,
  first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes >= 0),
  resolution_hours INTEGER NOT NULL CHECK (resolution_hours >= 0),
  follow_up_days INTEGER NOT NULL CHECK (follow_up_days >= 0),
  promoter_note TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX scenarios_by_workshop ON scenarios(workshop_id);

CREATE TABLE scenario_principles (
  scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
  principle TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (scenario_id, principle)
) STRICT;

CREATE TABLE scenario_remedies (
  scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
  strategy TEXT NOT NULL,
  remedy TEXT NOT NULL,
  PRIMARY KEY (scenario_id, strategy)
) STRICT;

CREATE TABLE script_lines (
  id TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
  step TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('say', 'avoid')),
  text TEXT NOT NULL CHECK (length(text) > 0),
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX script_lines_by_scenario ON script_lines(scenario_id);

CREATE TABLE complaint_tiers (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  offer TEXT NOT NULL,
  min_amount REAL NOT NULL CHECK (min_amount >= 0),
  max_amount REAL NOT NULL CHECK (max_amount >= min_amount),
  escalate_when TEXT NOT NULL
) STRICT;
CREATE INDEX complaint_tiers_by_workshop ON complaint_tiers(workshop_id);

CREATE TABLE complaint_kpis (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  definition TEXT NOT NULL,
  target TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX complaint_kpis_by_workshop ON complaint_kpis(workshop_id);

CREATE TABLE roleplay_rounds (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
  customer TEXT NOT NULL,
  handler TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  started_at TEXT,
  ended_at TEXT,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX roleplay_rounds_by_workshop ON roleplay_rounds(workshop_id);

CREATE TABLE roleplay_observers (
  round_id TEXT NOT NULL REFERENCES roleplay_rounds(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (round_id, position)
) STRICT;

CREATE TABLE roleplay_sheets (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES roleplay_rounds(id) ON DELETE CASCADE,
  observer TEXT NOT NULL,
  comment TEXT NOT NULL
) STRICT;
CREATE INDEX roleplay_sheets_by_round ON roleplay_sheets(round_id);

CREATE TABLE roleplay_scores (
  sheet_id TEXT NOT NULL REFERENCES roleplay_sheets(id) ON DELETE CASCADE,
  criterion_kind TEXT NOT NULL CHECK (criterion_kind IN ('step', 'principle')),
  criterion TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  PRIMARY KEY (sheet_id, criterion_kind, criterion)
) STRICT;
`,
};
