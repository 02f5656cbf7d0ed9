import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { IndicatorFields } from '../../../shared/domain/standard.ts';
import { defaultDimensionWeights } from '../../../shared/rules/apply-op.ts';
import { balanceEvenly } from '../../../shared/rules/weights.ts';
import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';
import type { HandlerMap } from './handler-types.ts';
import { requireFreeId, requireIndicator, requirePost, requireWorkshop } from './ownership.ts';
import { reject } from './rejection.ts';

const touch = (db: Db, workshopId: string, at: string) =>
  sql(db, 'UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);

const nextPosition = (db: Db, query: string, ...args: string[]): number =>
  (sql(db, query).get(...args) as { next: number }).next;

/** Column values for the parts of IndicatorFields a patch carries. */
function indicatorColumns(patch: Partial<IndicatorFields>): [string, unknown][] {
  const columns: [string, unknown][] = [];
  if (patch.name !== undefined) columns.push(['name', patch.name]);
  if (patch.description !== undefined) columns.push(['description', patch.description]);
  if (patch.weight !== undefined) columns.push(['weight', patch.weight]);
  if (patch.dataSource !== undefined) columns.push(['data_source', patch.dataSource]);
  if (patch.cycle !== undefined) columns.push(['cycle', patch.cycle]);
  if (patch.scoring !== undefined) {
    columns.push(['scoring_kind', patch.scoring.kind]);
    columns.push(['deduction_points', patch.scoring.kind === 'deduction' ? patch.scoring.pointsPerOccurrence : null]);
  }
  return columns;
}

export const standardHandlers: HandlerMap<
  | 'post.add'
  | 'post.update'
  | 'post.remove'
  | 'dimension.setWeight'
  | 'weights.balance'
  | 'indicator.add'
  | 'indicator.update'
  | 'indicator.remove'
> = {
  'post.add'(db, { payload: { workshopId, postId, fields } }, at) {
    requireWorkshop(db, workshopId);
    requireFreeId(db, 'posts', postId);
    const { n } = sql(db, 'SELECT count(*) AS n FROM posts WHERE workshop_id = ?').get(workshopId) as { n: number };
    if (n >= LIMITS.postsPerWorkshop) reject({ code: 'limitReached', limit: LIMITS.postsPerWorkshop });
    const position = nextPosition(db, 'SELECT coalesce(max(position), -1) + 1 AS next FROM posts WHERE workshop_id = ?', workshopId);
    sql(db, 'INSERT INTO posts (id, workshop_id, name, description, position) VALUES (?, ?, ?, ?, ?)').run(
      postId,
      workshopId,
      fields.name,
      fields.description,
      position,
    );
    const weights = defaultDimensionWeights();
    for (const d of DIMENSIONS) {
      sql(db, 'INSERT INTO post_dimensions (post_id, dimension, weight) VALUES (?, ?, ?)').run(postId, d, weights[d]);
    }
    touch(db, workshopId, at);
  },
  'post.update'(db, { payload: { workshopId, postId, patch } }, at) {
    requirePost(db, workshopId, postId);
    if (patch.name !== undefined) sql(db, 'UPDATE posts SET name = ? WHERE id = ?').run(patch.name, postId);
    if (patch.description !== undefined) sql(db, 'UPDATE posts SET description = ? WHERE id = ?').run(patch.description, postId);
    touch(db, workshopId, at);
  },
  'post.remove'(db, { payload: { workshopId, postId } }, at) {
    requirePost(db, workshopId, postId);
    sql(db, 'DELETE FROM posts WHERE id = ?').run(postId);
    touch(db, workshopId, at);
  },
  'dimension.setWeight'(db, { payload: { workshopId, postId, dimension, weight } }, at) {
    requirePost(db, workshopId, postId);
    sql(db, 'UPDATE post_dimensions SET weight = ? WHERE post_id = ? AND dimension = ?').run(weight, postId, dimension);
    touch(db, workshopId, at);
  },
  'weights.balance'(db, { payload: { workshopId, postId, dimension } }, at) {
    requirePost(db, workshopId, postId);
    if (dimension === undefined) {
      const weights = defaultDimensionWeights();
      for (const d of DIMENSIONS) {
        sql(db, 'UPDATE post_dimensions SET weight = ? WHERE post_id = ? AND dimension = ?').run(weights[d], postId, d);
      }
    } else {
      // Same order as the client's indicatorsOf: position, then id.
      const ids = sql(db, 'SELECT id FROM indicators WHERE post_id = ? AND dimension = ? ORDER BY position, id').all(
        postId,
        dimension,
      ) as { id: string }[];
      const even = balanceEvenly(ids.length);
      ids.forEach(({ id }, i) => sql(db, 'UPDATE indicators SET weight = ? WHERE id = ?').run(even[i], id));
    }
    touch(db, workshopId, at);
  },
  'indicator.add'(db, { payload: { workshopId, postId, indicatorId, dimension, fields } }, at) {
    requirePost(db, workshopId, postId);
    requireFreeId(db, 'indicators', indicatorId);
    const position = nextPosition(
      db,
      'SELECT coalesce(max(position), -1) + 1 AS next FROM indicators WHERE post_id = ? AND dimension = ?',
      postId,
      dimension,
    );
    const { n } = sql(db, 'SELECT count(*) AS n FROM indicators WHERE post_id = ? AND dimension = ?').get(postId, dimension) as {
      n: number;
    };
    if (n >= LIMITS.indicatorsPerDimension) reject({ code: 'limitReached', limit: LIMITS.indicatorsPerDimension });
    sql(
      db,
      `INSERT INTO indicators (id, post_id, dimension, name, description, weight, scoring_kind, deduction_points, data_source, cycle, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      indicatorId,
      postId,
      dimension,
      fields.name,
      fields.description,
      fields.weight,
      fields.scoring.kind,
      fields.scoring.kind === 'deduction' ? fields.scoring.pointsPerOccurrence : null,
      fields.dataSource,
      fields.cycle,
      position,
    );
    touch(db, workshopId, at);
  },
  'indicator.update'(db, { payload: { workshopId, indicatorId, patch } }, at) {
    requireIndicator(db, workshopId, indicatorId);
    for (const [column, value] of indicatorColumns(patch)) {
      sql(db, `UPDATE indicators SET ${column} = ? WHERE id = ?`).run(value, indicatorId);
    }
    touch(db, workshopId, at);
  },
  'indicator.remove'(db, { payload: { workshopId, indicatorId } }, at) {
    requireIndicator(db, workshopId, indicatorId);
    sql(db, 'DELETE FROM indicators WHERE id = ?').run(indicatorId);
    touch(db, workshopId, at);
  },
};
