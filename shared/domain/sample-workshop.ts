import { z } from 'zod';
import { DIMENSIONS } from './dimensions.ts';
import { Id } from './ids.ts';
import { Bilingual } from './library.ts';
import { LIMITS } from './limits.ts';
import { DimensionKey, DimensionWeights, IndicatorFields, PostFields } from './standard.ts';
import { Language, WorkshopFields } from './workshop.ts';

/**
 * Bilingual text whose every language is also a valid value of the field it will fill, so a sample written in
 * both languages can be created in either one without a refusal from the host.
 */
function BilingualField(field: z.ZodType<string>) {
  return Bilingual.superRefine((text, ctx) => {
    for (const language of Language.options) {
      const result = field.safeParse(text[language]);
      if (!result.success) ctx.addIssue({ code: 'custom', path: [language], message: result.error.issues[0]?.message ?? 'invalid' });
    }
  });
}

export const SampleIndicator = z.object({
  dimension: DimensionKey,
  name: BilingualField(IndicatorFields.shape.name),
  description: BilingualField(IndicatorFields.shape.description),
  weight: IndicatorFields.shape.weight,
  scoring: IndicatorFields.shape.scoring,
  dataSource: IndicatorFields.shape.dataSource,
  cycle: IndicatorFields.shape.cycle,
});
export type SampleIndicator = z.infer<typeof SampleIndicator>;

export const SamplePost = z
  .object({
    name: BilingualField(PostFields.shape.name),
    description: BilingualField(PostFields.shape.description),
    dimensionWeights: DimensionWeights,
    indicators: z.array(SampleIndicator),
  })
  .refine(
    (post) => DIMENSIONS.every((d) => post.indicators.filter((i) => i.dimension === d).length <= LIMITS.indicatorsPerDimension),
    'tooManyIndicators',
  );
export type SamplePost = z.infer<typeof SamplePost>;

/** A whole workshop written in both languages: what "sample workshop" creates for a newcomer. */
export const SampleWorkshop = z.object({
  name: BilingualField(WorkshopFields.shape.name),
  company: BilingualField(WorkshopFields.shape.company),
  trainer: BilingualField(WorkshopFields.shape.trainer),
  startDate: WorkshopFields.shape.startDate,
  endDate: WorkshopFields.shape.endDate,
  posts: z.array(SamplePost).min(1).max(LIMITS.postsPerWorkshop),
});
export type SampleWorkshop = z.infer<typeof SampleWorkshop>;

/** The sample in one language with fresh ids: plain data a caller turns into ops. */
export const SampleDescription = z.object({
  workshop: WorkshopFields,
  posts: z.array(
    z.object({
      id: Id,
      fields: PostFields,
      dimensionWeights: DimensionWeights,
      indicators: z.array(z.object({ id: Id, dimension: DimensionKey, fields: IndicatorFields })),
    }),
  ),
});
export type SampleDescription = z.infer<typeof SampleDescription>;
