import type { Measure } from '../../../../shared/deliverables/motStrategy/schemas.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

/** Column values in the order both statements below use, the id last. */
const values = (m: Measure) => [m.element, m.action, m.owner, m.timeline, m.kpi, m.order, m.id];

export const strategyMeasuresTable: TableMap<Measure> = {
  load: (db, workshopId) =>
    sql(
      db,
      `SELECT id, artifact_id AS artifactId, element, action, owner, timeline, kpi, sort_key AS "order"
       FROM strategy_measures WHERE workshop_id = ?`,
    ).all(workshopId) as Measure[],
  insert: (db, workshopId, m) =>
    void sql(
      db,
      `INSERT INTO strategy_measures (workshop_id, artifact_id, element, action, owner, timeline, kpi, sort_key, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(workshopId, m.artifactId, ...values(m)),
  update: (db, m) =>
    void sql(db, 'UPDATE strategy_measures SET element = ?, action = ?, owner = ?, timeline = ?, kpi = ?, sort_key = ? WHERE id = ?').run(
      ...values(m),
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM strategy_measures WHERE id = ?').run(id),
};
