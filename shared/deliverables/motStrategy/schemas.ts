import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import { OrderKey } from '../../core/order.ts';

/**
 * The parts of 成果3, in the course's order: the five elements of the MOT management model, then two of the
 * seven MOT principles management must back them with (6: appraisal matches what customers need; 7: reward the
 * initiative that pleases customers).
 */
export const STRATEGY_ELEMENTS = [
  'dailyNeeds',
  'culture',
  'customerFocus',
  'responsiveness',
  'empowerment',
  'appraisal',
  'initiative',
] as const;
export const StrategyElement = z.enum(STRATEGY_ELEMENTS);
export type StrategyElement = z.infer<typeof StrategyElement>;

const Short = z.string().trim().max(LIMITS.shortText, 'tooLong');

/** One concrete step management commits to: who does it, by when, and the KPI that shows it worked. */
export const MeasureFields = z.object({
  action: z.string().max(LIMITS.longText, 'tooLong'),
  owner: Short,
  timeline: Short,
  kpi: z.string().max(LIMITS.longText, 'tooLong'),
});
export type MeasureFields = z.infer<typeof MeasureFields>;
export const Measure = MeasureFields.extend({ id: Id, artifactId: Id, element: StrategyElement, order: OrderKey });
export type Measure = z.infer<typeof Measure>;

export const MEASURES_PER_ELEMENT = 20;

export const strategyCollections = { strategyMeasures: Measure };
