import type { Card, Link, Stage } from '../../../../shared/deliverables/journey/schemas.ts';
import type { Db } from '../../store/database.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

export const journeyStagesTable: TableMap<Stage> = {
  load: (db, workshopId) =>
    sql(db, 'SELECT id, artifact_id AS artifactId, name, sort_key AS "order" FROM journey_stages WHERE workshop_id = ?').all(workshopId) as Stage[],
  insert: (db, workshopId, s) =>
    void sql(db, 'INSERT INTO journey_stages (id, workshop_id, artifact_id, name, sort_key) VALUES (?, ?, ?, ?, ?)').run(
      s.id,
      workshopId,
      s.artifactId,
      s.name,
      s.order,
    ),
  update: (db, s) => void sql(db, 'UPDATE journey_stages SET name = ?, sort_key = ? WHERE id = ?').run(s.name, s.order, s.id),
  remove: (db, id) => void sql(db, 'DELETE FROM journey_stages WHERE id = ?').run(id),
};

type CardRow = Omit<Card, 'indicatorIds'>;

function writeIndicators(db: Db, card: Card): void {
  sql(db, 'DELETE FROM journey_card_indicators WHERE card_id = ?').run(card.id);
  const insert = sql(db, 'INSERT INTO journey_card_indicators (card_id, position, indicator_id) VALUES (?, ?, ?)');
  card.indicatorIds.forEach((indicatorId, i) => insert.run(card.id, i, indicatorId));
}

/** Column values in the order both statements below use, the id last. */
const cardValues = (c: Card) => [c.stageId, c.touchpoint, c.expectation, c.standard, c.script, c.wow, c.owner, c.emotion, c.order, c.id];

export const journeyCardsTable: TableMap<Card> = {
  load(db, workshopId) {
    const rows = sql(
      db,
      `SELECT id, artifact_id AS artifactId, stage_id AS stageId, touchpoint, expectation, standard, script, wow, owner, emotion,
         sort_key AS "order" FROM journey_cards WHERE workshop_id = ?`,
    ).all(workshopId) as CardRow[];
    const links = sql(
      db,
      `SELECT i.card_id, i.indicator_id FROM journey_card_indicators i JOIN journey_cards c ON c.id = i.card_id
       WHERE c.workshop_id = ? ORDER BY i.card_id, i.position`,
    ).all(workshopId) as { card_id: string; indicator_id: string }[];
    const byCard = new Map<string, string[]>();
    for (const l of links) byCard.set(l.card_id, [...(byCard.get(l.card_id) ?? []), l.indicator_id]);
    return rows.map((r) => ({ ...r, indicatorIds: byCard.get(r.id) ?? [] }));
  },
  insert(db, workshopId, c) {
    sql(
      db,
      `INSERT INTO journey_cards (workshop_id, artifact_id, stage_id, touchpoint, expectation, standard, script, wow, owner, emotion, sort_key, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(workshopId, c.artifactId, ...cardValues(c));
    writeIndicators(db, c);
  },
  update(db, c) {
    sql(
      db,
      `UPDATE journey_cards SET stage_id = ?, touchpoint = ?, expectation = ?, standard = ?, script = ?, wow = ?, owner = ?,
       emotion = ?, sort_key = ? WHERE id = ?`,
    ).run(...cardValues(c));
    writeIndicators(db, c);
  },
  remove: (db, id) => void sql(db, 'DELETE FROM journey_cards WHERE id = ?').run(id),
};

export const journeyLinksTable: TableMap<Link> = {
  load: (db, workshopId) =>
    sql(db, 'SELECT id, artifact_id AS artifactId, from_card AS "from", to_card AS "to" FROM journey_links WHERE workshop_id = ?').all(
      workshopId,
    ) as Link[],
  insert: (db, workshopId, l) =>
    void sql(db, 'INSERT INTO journey_links (id, workshop_id, artifact_id, from_card, to_card) VALUES (?, ?, ?, ?, ?)').run(
      l.id,
      workshopId,
      l.artifactId,
      l.from,
      l.to,
    ),
  update: (db, l) => void sql(db, 'UPDATE journey_links SET from_card = ?, to_card = ? WHERE id = ?').run(l.from, l.to, l.id),
  remove: (db, id) => void sql(db, 'DELETE FROM journey_links WHERE id = ?').run(id),
};
