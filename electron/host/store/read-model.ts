import { DIMENSIONS, type Dimension } from '../../../shared/domain/dimensions.ts';
import type { LibraryState, WorkshopState } from '../../../shared/domain/state.ts';
import type { DimensionWeights, Indicator, Post, ScoringRule } from '../../../shared/domain/standard.ts';
import type { Workshop } from '../../../shared/domain/workshop.ts';
import type { Db } from './database.ts';
import { sql } from './statements.ts';

interface WorkshopRow {
  id: string;
  name: string;
  company: string;
  trainer: string;
  start_date: string;
  end_date: string;
  language: Workshop['language'];
  created_at: string;
  updated_at: string;
}

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
  position: number;
}

const toWorkshop = (r: WorkshopRow): Workshop => ({
  id: r.id,
  name: r.name,
  company: r.company,
  trainer: r.trainer,
  startDate: r.start_date,
  endDate: r.end_date,
  language: r.language,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toScoring = (r: IndicatorRow): ScoringRule =>
  r.scoring_kind === 'deduction'
    ? { kind: 'deduction', pointsPerOccurrence: r.deduction_points ?? 0 }
    : { kind: r.scoring_kind };

export function readLibrary(db: Db): LibraryState {
  const rows = sql(db, 'SELECT * FROM workshops ORDER BY created_at, id').all() as WorkshopRow[];
  return { workshops: rows.map(toWorkshop) };
}

export function readWorkshop(db: Db, workshopId: string): Workshop | null {
  const row = sql(db, 'SELECT * FROM workshops WHERE id = ?').get(workshopId) as WorkshopRow | undefined;
  return row ? toWorkshop(row) : null;
}

/** The whole workshop as clients and exports see it; null when it does not exist. */
export function readWorkshopState(db: Db, workshopId: string): WorkshopState | null {
  const workshop = readWorkshop(db, workshopId);
  if (!workshop) return null;
  const postRows = sql(db, 'SELECT id, name, description, position FROM posts WHERE workshop_id = ? ORDER BY position, id').all(
    workshopId,
  ) as Omit<Post, 'dimensionWeights'>[];
  const weightRows = sql(
    db,
    `SELECT d.post_id, d.dimension, d.weight FROM post_dimensions d JOIN posts p ON p.id = d.post_id WHERE p.workshop_id = ?`,
  ).all(workshopId) as { post_id: string; dimension: Dimension; weight: number }[];
  const weights = new Map<string, DimensionWeights>();
  for (const w of weightRows) {
    const entry = weights.get(w.post_id) ?? (Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as DimensionWeights);
    entry[w.dimension] = w.weight;
    weights.set(w.post_id, entry);
  }
  const posts: Post[] = postRows.map((p) => ({
    ...p,
    dimensionWeights: weights.get(p.id) ?? (Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as DimensionWeights),
  }));
  const indicatorRows = sql(
    db,
    `SELECT i.* FROM indicators i JOIN posts p ON p.id = i.post_id WHERE p.workshop_id = ?
     ORDER BY i.rowid`,
  ).all(workshopId) as IndicatorRow[];
  const indicators: Indicator[] = indicatorRows.map((r) => ({
    id: r.id,
    postId: r.post_id,
    dimension: r.dimension,
    name: r.name,
    description: r.description,
    weight: r.weight,
    scoring: toScoring(r),
    dataSource: r.data_source,
    cycle: r.cycle,
    position: r.position,
  }));
  return { workshop, posts, indicators };
}
