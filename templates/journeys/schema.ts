import { z } from 'zod';
import { Bilingual } from '../../shared/domain/library.ts';
import { CardFields, StageFields } from '../../shared/deliverables/journey/schemas.ts';
import { JOURNEY_LIMITS } from '../../shared/deliverables/journey/limits.ts';

/** A moment as a template writes it: everything a card holds except links to a workshop's own indicators. */
export const TemplateMoment = CardFields.omit({ indicatorIds: true });
export type TemplateMoment = z.infer<typeof TemplateMoment>;

/**
 * A starting journey for one industry, written from the course's cases (airline, hotel, property management, telecom)
 * and the seeds' processes (SSI, CSI, real-estate handover). Its moments are in Chinese, the course's language.
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

/** Shorthand for the template files: touchpoint, expectation, standard, script lines, wow detail, owner, emotion. */
export const m = (
  touchpoint: string,
  expectation: string,
  standard: string,
  script: string,
  wow: string,
  owner: string,
  emotion: number,
): TemplateMoment => ({ touchpoint, expectation, standard, script, wow, owner, emotion });
