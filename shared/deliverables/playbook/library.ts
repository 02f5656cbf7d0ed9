import { z } from 'zod';
import { Bilingual, bilingualField, textsIn } from '../../domain/library.ts';
import { newId } from '../../domain/ids.ts';
import type { Language } from '../../domain/workshop.ts';
import type { OpInput } from '../../protocol/ops.ts';
import { LineText, Principle, PrincipleNote, RemedyStrategy, RemedyText, ScenarioFields } from './schemas.ts';
import { CLEAR_STEPS, PLAYBOOK_LIMITS } from './vocabulary.ts';

/** The industries of the course's cases (lecture 3: airline, hotel, property, telecom) and of the seeds. */
export const INDUSTRIES = ['property', 'hotel', 'airline', 'telecom', 'auto', 'bank', 'appliance'] as const;
export const Industry = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof Industry>;

const Line = bilingualField(LineText);
const StepScript = z.object({ say: z.array(Line).min(1), avoid: z.array(Line).min(1) }).strict();

/** The scenario's words; the rest of its fields (type, severity, time limits) read the same in any language. */
const TemplateFields = ScenarioFields.omit({ title: true, description: true, emotion: true, realNeed: true, promoterNote: true }).extend({
  description: bilingualField(ScenarioFields.shape.description),
  emotion: bilingualField(ScenarioFields.shape.emotion),
  realNeed: bilingualField(ScenarioFields.shape.realNeed),
  promoterNote: bilingualField(ScenarioFields.shape.promoterNote),
});

/**
 * A typical complaint scenario from the library, every text in both languages; a team builds its own scenario from
 * it, in the workshop's language, and edits from there.
 */
export const ScenarioTemplate = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]+$/),
    industry: Industry,
    name: Bilingual,
    fields: TemplateFields.strict(),
    principles: z.record(Principle, bilingualField(PrincipleNote)),
    remedies: z.partialRecord(RemedyStrategy, bilingualField(RemedyText)).refine((r) => Object.keys(r).length > 0, 'required'),
    script: z.object(Object.fromEntries(CLEAR_STEPS.map((s) => [s, StepScript])) as Record<(typeof CLEAR_STEPS)[number], typeof StepScript>),
  })
  .strict();
export type ScenarioTemplate = z.infer<typeof ScenarioTemplate>;

/**
 * The one op that puts a library scenario into a playbook, its script lines included, with fresh ids; its text in
 * the workshop's language.
 */
export function scenarioFromTemplate(
  template: ScenarioTemplate,
  target: { workshopId: string; artifactId: string; language: Language; scenarioId?: string },
): OpInput & { type: 'scenario.add' } {
  const lang = target.language;
  const lines = CLEAR_STEPS.flatMap((step) =>
    (['say', 'avoid'] as const).flatMap((kind) => template.script[step][kind].map((text) => ({ lineId: newId(), step, kind, text: text[lang] }))),
  ).slice(0, PLAYBOOK_LIMITS.linesPerScenario);
  const { description, emotion, realNeed, promoterNote, ...rest } = template.fields;
  return {
    type: 'scenario.add',
    payload: {
      workshopId: target.workshopId,
      artifactId: target.artifactId,
      scenarioId: target.scenarioId ?? newId(),
      fields: { ...rest, ...textsIn({ description, emotion, realNeed, promoterNote }, lang), title: template.name[lang] },
      principles: textsIn(template.principles, lang),
      remedies: textsIn(template.remedies, lang),
      lines,
    },
  };
}
