import type { Artifact, Team } from '../../../../shared/deliverables/workshop/schemas.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

export const teamsTable: TableMap<Team> = {
  load: (db, workshopId) =>
    sql(db, 'SELECT id, name, sort_key AS "order" FROM teams WHERE workshop_id = ?').all(workshopId) as Team[],
  insert: (db, workshopId, t) =>
    void sql(db, 'INSERT INTO teams (id, workshop_id, name, sort_key) VALUES (?, ?, ?, ?)').run(t.id, workshopId, t.name, t.order),
  update: (db, t) => void sql(db, 'UPDATE teams SET name = ?, sort_key = ? WHERE id = ?').run(t.name, t.order, t.id),
  remove: (db, id) => void sql(db, 'DELETE FROM teams WHERE id = ?').run(id),
};

interface ArtifactRow {
  id: string;
  deliverable: Artifact['deliverable'];
  team_id: string | null;
  title: string;
  sort_key: string;
}

export const artifactsTable: TableMap<Artifact> = {
  load: (db, workshopId) =>
    (sql(db, 'SELECT id, deliverable, team_id, title, sort_key FROM artifacts WHERE workshop_id = ?').all(workshopId) as ArtifactRow[]).map(
      (r) => ({ id: r.id, deliverable: r.deliverable, teamId: r.team_id, title: r.title, order: r.sort_key }),
    ),
  insert: (db, workshopId, a) =>
    void sql(db, 'INSERT INTO artifacts (id, workshop_id, deliverable, team_id, title, sort_key) VALUES (?, ?, ?, ?, ?, ?)').run(
      a.id,
      workshopId,
      a.deliverable,
      a.teamId,
      a.title,
      a.order,
    ),
  update: (db, a) =>
    void sql(db, 'UPDATE artifacts SET deliverable = ?, team_id = ?, title = ?, sort_key = ? WHERE id = ?').run(
      a.deliverable,
      a.teamId,
      a.title,
      a.order,
      a.id,
    ),
  remove: (db, id) => void sql(db, 'DELETE FROM artifacts WHERE id = ?').run(id),
};
