import { DIMENSIONS, type Dimension } from '../../../../shared/domain/dimensions.ts';
import type { DimensionWeights, Indicator, Post, ScoringRule } from '../../../../shared/domain/standard.ts';
import type { Db } from '../../store/database.ts';
import { sql } from '../../store/statements.ts';
import type { TableMap } from '../../store/table-map.ts';

interface PostRow {
  id: string;
  artifact_id: string;
  name: string;
  description: string;
  sort_key: string;
}

function writeWeights(db: Db, post: Post): void {
  for (const d of DIMENSIONS) {
    sql(
      db,
      `INSERT INTO post_dimensions (post_id, dimension, weight) VALUES (?, ?, ?)
       ON CONFLICT (post_id, dimension) DO UPDATE SET weight = excluded.weight`,
    ).run(post.id, d, post.dimensionWeights[d]);
  }
}

export const postsTable: TableMap<Post> = {
  load(db, workshopId) {
    const rows = sql(db, 'SELECT id, artifact_id, name, description, sort_key FROM posts WHERE workshop_id = ?').all(workshopId) as PostRow[];
    const weightRows = sql(
      db,
      'SELECT d.post_id, d.dimension, d.weight FROM post_dimensions d JOIN posts p ON p.id = d.post_id WHERE p.workshop_id = ?',
    ).all(workshopId) as { post_id: string; dimension: Dimension; weight: number }[];
    const weights = new Map<string, DimensionWeights>();
    for (const w of weightRows) {
      const entry = weights.get(w.post_id) ?? (Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as DimensionWeights);
      entry[w.dimension] = w.weight;
      weights.set(w.post_id, entry);
    }
    return rows.map((r) => ({
      id: r.id,
      artifactId: r.artifact_id,
      name: r.name,
      description: r.description,
      order: r.sort_key,
      dimensionWeights: weights.get(r.id) ?? (Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as DimensionWeights),
    }));
  },
  insert(db, workshopId, p) {
    sql(db, 'INSERT INTO posts (id, workshop_id, artifact_id, name, description, sort_key) VALUES (?, ?, ?, ?, ?, ?)').run(
      p.id,
      workshopId,
      p.artifactId,
      p.name,
      p.description,
      p.order,
    );
    writeWeights(db, p);
  },
  update(db, p) {
    sql(db, 'UPDATE posts SET artifact_id = ?, name = ?, description = ?, sort_key = ? WHERE id = ?').run(
      p.artifactId,
      p.name,
      p.description,
      p.order,
      p.id,
    );
    writeWeights(db, p);
  },
  remove: (db, id) => void sql(db, 'DELETE FROM posts WHERE id = ?').run(id),
};

interface IndicatorRow {
  id: string;
  post_id: string;
  dimension: Dimension;
  name: string;
  description: string;
  weight: number;
  scoring_kind: ScoringRule['kind'];
  deduction_points: number | null;
  data_source: Indicator['dataSource'];
  cycle: Indicator['cycle'];
  sort_key: string;
}

const toScoring = (r: IndicatorRow): ScoringRule =>
  r.scoring_kind === 'deduction' ? { kind: 'deduction', pointsPerOccurrence: r.deduction_points ?? 0 } : { kind: r.scoring_kind };

export const indicatorsTable: TableMap<Indicator> = {
  load: (db, workshopId) =>
    (
      sql(db, 'SELECT i.* FROM indicators i JOIN posts p ON p.id = i.post_id WHERE p.workshop_id = ?').all(workshopId) as IndicatorRow[]
    ).map((r) => ({
      id: r.id,
      postId: r.post_id,
      dimension: r.dimension,
      name: r.name,
      description: r.description,
      weight: r.weight,
      scoring: toScoring(r),
      dataSource: r.data_source,
      cycle: r.cycle,
      order: r.sort_key,
    })),
  insert: (db, _workshopId, i) =>
    void sql(
      db,
      `INSERT INTO indicators (post_id, dimension, name, description, weight, scoring_kind, deduction_points, data_source, cycle, sort_key, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values(i)),
  update: (db, i) =>
    void sql(
      db,
      `UPDATE indicators SET post_id = ?, dimension = ?, name = ?, description = ?, weight = ?, scoring_kind = ?,
       deduction_points = ?, data_source = ?, cycle = ?, sort_key = ? WHERE id = ?`,
    ).run(...values(i)),
  remove: (db, id) => void sql(db, 'DELETE FROM indicators WHERE id = ?').run(id),
};

/** Column values in the order both statements above use, the id last. */
function values(i: Indicator): unknown[] {
  return [
    i.postId,
    i.dimension,
    i.name,
    i.description,
    i.weight,
    i.scoring.kind,
    i.scoring.kind === 'deduction' ? i.scoring.pointsPerOccurrence : null,
    i.dataSource,
    i.cycle,
    i.order,
    i.id,
  ];
}
