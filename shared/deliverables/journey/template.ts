import { z } from 'zod';
import { Bilingual, bilingualField, textsIn } from '../../domain/library.ts';
import type { Language } from '../../domain/workshop.ts';
import { JOURNEY_LIMITS } from './limits.ts';
import { CardFields, StageFields, type CardFields as Card } from './schemas.ts';

/** The card fields a template writes in words; the rest (emotion) is the same in every language. */
export const MOMENT_TEXTS = ['touchpoint', 'expectation', 'standard', 'script', 'wow', 'owner'] as const;
export type MomentText = (typeof MOMENT_TEXTS)[number];

/** A moment as a template writes it: every text of a card in both languages, and the customer's emotion. */
export const TemplateMoment = z.object({
  touchpoint: bilingualField(CardFields.shape.touchpoint),
  expectation: bilingualField(CardFields.shape.expectation),
  standard: bilingualField(CardFields.shape.standard),
  script: bilingualField(CardFields.shape.script),
  wow: bilingualField(CardFields.shape.wow),
  owner: bilingualField(CardFields.shape.owner),
  emotion: CardFields.shape.emotion,
});
export type TemplateMoment = z.infer<typeof TemplateMoment>;

/**
 * A starting journey for one industry (templates/journeys/): its name, stages and moments in both languages; a map
 * started from it is written in the workshop's language.
 */
export const JourneyTemplate = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z]+$/),
  name: Bilingual,
  stages: z
    .array(z.object({ name: bilingualField(StageFields.shape.name), moments: z.array(TemplateMoment).min(1) }))
    .min(1)
    .max(JOURNEY_LIMITS.stagesPerJourney),
});
export type JourneyTemplate = z.infer<typeof JourneyTemplate>;

/** A template moment as the card fields of a workshop in `lang`. */
export function momentIn(moment: TemplateMoment, lang: Language): Omit<Card, 'indicatorIds'> {
  const { emotion, ...texts } = moment;
  return { ...textsIn(texts, lang), emotion };
}
