import type { Dimension } from '../../../shared/domain/dimensions.ts';
import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';
import { reject } from './rejection.ts';

/** Checks that make "ids of another workshop" and "unknown ids" fail with the right reason. */
export function requireWorkshop(db: Db, workshopId: string): void {
  if (!sql(db, 'SELECT 1 FROM workshops WHERE id = ?').get(workshopId))
    reject({ code: 'unknownWorkshop', detail: `workshop ${workshopId} does not exist` });
}

export function requirePost(db: Db, workshopId: string, postId: string): void {
  requireWorkshop(db, workshopId);
  const row = sql(db, 'SELECT workshop_id FROM posts WHERE id = ?').get(postId) as { workshop_id: string } | undefined;
  if (!row) reject({ code: 'unknownEntity', detail: `post ${postId} does not exist` });
  else if (row.workshop_id !== workshopId) reject({ code: 'wrongWorkshop', detail: `post ${postId} is in another workshop` });
}

export function requireIndicator(
  db: Db,
  workshopId: string,
  indicatorId: string,
): { postId: string; dimension: Dimension } {
  requireWorkshop(db, workshopId);
  const row = sql(
    db,
    'SELECT p.workshop_id, i.post_id, i.dimension FROM indicators i JOIN posts p ON p.id = i.post_id WHERE i.id = ?',
  ).get(indicatorId) as { workshop_id: string; post_id: string; dimension: Dimension } | undefined;
  if (!row) return reject({ code: 'unknownEntity', detail: `indicator ${indicatorId} does not exist` });
  if (row.workshop_id !== workshopId)
    reject({ code: 'wrongWorkshop', detail: `indicator ${indicatorId} is in another workshop` });
  return { postId: row.post_id, dimension: row.dimension };
}

/** Ids are global across the library, so a client cannot create an id that already means something else. */
export function requireFreeId(db: Db, table: 'workshops' | 'posts' | 'indicators', id: string): void {
  if (sql(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) reject({ code: 'duplicateId', detail: `${id} exists` });
}
