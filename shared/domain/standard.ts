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

/** A trainer's own wording next to the list ("OTA 点评", "400 热线录音", "CRM"), kept as typed. */
const OwnChoice = z.string().trim().min(1, 'required').max(LIMITS.choiceText, 'tooLong');

/** The course's data sources; an indicator may also name its own. */
export const DataSourceKey = z.enum(['mysteryShopper', 'survey', 'systemRecord', 'supervisorCheck']);
export type DataSourceKey = z.infer<typeof DataSourceKey>;
export const DataSource = z.union([DataSourceKey, OwnChoice]);
export type DataSource = z.infer<typeof DataSource>;

/** The course's assessment cycles; an indicator may also name its own ("每半年", "per shift"). */
export const CycleKey = z.enum(['daily', 'weekly', 'monthly', 'quarterly']);
export type CycleKey = z.infer<typeof CycleKey>;
export const Cycle = z.union([CycleKey, OwnChoice]);
export type Cycle = z.infer<typeof Cycle>;

/** Whether a stored data source or cycle is one of the course's (translated) or the trainer's own (shown as typed). */
export const isListedChoice = (kind: 'dataSource' | 'cycle', value: string): boolean =>
  (kind === 'dataSource' ? DataSourceKey : CycleKey).safeParse(value).success;

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
