import { z } from 'zod';
import { DIMENSIONS } from './dimensions.ts';
import { Id } from './ids.ts';
import { OrderKey } from '../core/order.ts';
import { LIMITS } from './limits.ts';

/** Weights are percentages; two decimals at most so sums compare exactly after rounding. */
export const Weight = z
  .number('notANumber')
  .refine((n) => Number.isFinite(n), 'notANumber')
  .refine((n) => n >= 0, 'negative')
  .refine((n) => n <= LIMITS.weightMax, 'over100')
  .refine((n) => Math.round(n * 100) / 100 === n, 'decimals');
export type Weight = z.infer<typeof Weight>;

export const DimensionKey = z.enum(DIMENSIONS);

export const DimensionWeights = z.object({
  tangibles: Weight,
  assurance: Weight,
  responsiveness: Weight,
  reliability: Weight,
  empathy: Weight,
});
export type DimensionWeights = z.infer<typeof DimensionWeights>;

export const ScoringRule = z.discriminatedUnion('kind', [
  /** Rated 1–5 by the assessor; 5 = 100 points. */
  z.object({ kind: z.literal('scale5') }),
  /** Start from 100, deduct per occurrence, floor at 0. */
  z.object({
    kind: z.literal('deduction'),
    pointsPerOccurrence: z.number().refine((n) => Number.isFinite(n) && n > 0 && n <= LIMITS.deductionMax, 'deductionRange'),
  }),
  /** Met = 100, not met = 0. */
  z.object({ kind: z.literal('passFail') }),
]);
export type ScoringRule = z.infer<typeof ScoringRule>;

export const DataSource = z.enum(['mysteryShopper', 'survey', 'systemRecord', 'supervisorCheck']);
export type DataSource = z.infer<typeof DataSource>;

export const Cycle = z.enum(['daily', 'weekly', 'monthly', 'quarterly']);
export type Cycle = z.infer<typeof Cycle>;

const ShortText = z.string().trim().max(LIMITS.shortText, 'tooLong');
const LongText = z.string().trim().max(LIMITS.longText, 'tooLong');

export const PostFields = z.object({
  name: ShortText.min(1, 'required'),
  description: LongText,
});
export type PostFields = z.infer<typeof PostFields>;

export const Post = PostFields.extend({
  id: Id,
  /** The 成果1 instance (workshop's or a team's) the post belongs to. */
  artifactId: Id,
  order: OrderKey,
  dimensionWeights: DimensionWeights,
});
export type Post = z.infer<typeof Post>;

export const IndicatorFields = z.object({
  name: ShortText.min(1, 'required'),
  description: LongText,
  weight: Weight,
  scoring: ScoringRule,
  dataSource: DataSource,
  cycle: Cycle,
});
export type IndicatorFields = z.infer<typeof IndicatorFields>;

export const Indicator = IndicatorFields.extend({
  id: Id,
  postId: Id,
  dimension: DimensionKey,
  /** Among the indicators of the same post and dimension. */
  order: OrderKey,
});
export type Indicator = z.infer<typeof Indicator>;
