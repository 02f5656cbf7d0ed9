import { z } from 'zod';
import { Bilingual } from '../../domain/library.ts';
import { JOURNEY_LIMITS } from './limits.ts';
import { CardFields, StageFields } from './schemas.ts';

/** A moment as a template writes it: everything a card holds except links to a workshop's own indicators. */
export const TemplateMoment = CardFields.omit({ indicatorIds: true });
export type TemplateMoment = z.infer<typeof TemplateMoment>;

/**
 * A starting journey for one industry (templates/journeys/): its stages and their moments, in Chinese, the course's
 * language; its name in both languages for the picker.
 */
export const JourneyTemplate = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z]+$/),
  name: Bilingual,
  stages: z
    .array(StageFields.extend({ moments: z.array(TemplateMoment).min(1) }))
    .min(1)
    .max(JOURNEY_LIMITS.stagesPerJourney),
});
export type JourneyTemplate = z.infer<typeof JourneyTemplate>;
