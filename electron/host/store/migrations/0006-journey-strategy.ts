/**
 * Released migrations never change: add a new numbered file instead.
 * 成果2 (journey script: stages, moment-of-truth cards, their links to 成果1 indicators, arrows between cards) and
 * 成果3 (MOT implementation strategy: measures under each element). Each row names its workshop so a workshop loads
 * with one query per table; removing an artifact removes its content through the cascades too.
 */
export default {
  version: 6,
  name: 'journey-strategy',
  sql: `
CREATE TABLE journey_stages (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX journey_stages_by_workshop ON journey_stages(workshop_id);

CREATE TABLE journey_cards (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  stage_id TEXT NOT NULL REFERENCES journey_stages(id) ON DELETE CASCADE,
  touchpoint TEXT NOT NULL,
  expectation TEXT NOT NULL,
  standard TEXT NOT NULL,
  script TEXT NOT NULL,
  wow TEXT NOT NULL,
  owner TEXT NOT NULL,
  emotion INTEGER NOT NULL CHECK (emotion BETWEEN -3 AND 3),
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX journey_cards_by_workshop ON journey_cards(workshop_id);

-- No foreign key to indicators: removing an indicator from 成果1 must not rewrite a card behind the doc's back;
-- readers skip ids that no longer exist.
CREATE TABLE journey_card_indicators (
  card_id TEXT NOT NULL REFERENCES journey_cards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  indicator_id TEXT NOT NULL,
  PRIMARY KEY (card_id, position)
) STRICT;

CREATE TABLE journey_links (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  from_card TEXT NOT NULL REFERENCES journey_cards(id) ON DELETE CASCADE,
  to_card TEXT NOT NULL REFERENCES journey_cards(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX journey_links_by_workshop ON journey_links(workshop_id);

CREATE TABLE strategy_measures (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  artifact_id TEXT NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
  element TEXT NOT NULL,
  action TEXT NOT NULL,
  owner TEXT NOT NULL,
  timeline TEXT NOT NULL,
  kpi TEXT NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX strategy_measures_by_workshop ON strategy_measures(workshop_id);
`,
};
