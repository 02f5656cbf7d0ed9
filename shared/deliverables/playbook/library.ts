import { z } from 'zod';
import { Bilingual } from '../../domain/library.ts';
import { newId } from '../../domain/ids.ts';
import type { OpInput } from '../../protocol/ops.ts';
import { LineText, PrincipleNotes, Remedies, ScenarioFields } from './schemas.ts';
import { CLEAR_STEPS, PLAYBOOK_LIMITS } from './vocabulary.ts';

/** The industries of the course's cases (lecture 3: airline, hotel, property, telecom) and of the seeds. */
export const INDUSTRIES = ['property', 'hotel', 'airline', 'telecom', 'auto', 'bank', 'appliance'] as const;
export const Industry = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof Industry>;

const StepScript = z.object({ say: z.array(LineText).min(1), avoid: z.array(LineText).min(1) }).strict();

/**
 * A typical complaint scenario from the library, written in Chinese as the course is taught; a team builds its own
 * scenario from it and edits from there. The title is bilingual so the picker reads in either interface language.
 */
export const ScenarioTemplate = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]+$/),
    industry: Industry,
    name: Bilingual,
    fields: ScenarioFields.omit({ title: true }),
    principles: PrincipleNotes,
    remedies: Remedies.refine((r) => Object.keys(r).length > 0, 'required'),
    script: z.object(Object.fromEntries(CLEAR_STEPS.map((s) => [s, StepScript])) as Record<(typeof CLEAR_STEPS)[number], typeof StepScript>),
  })
  .strict();
export type ScenarioTemplate = z.infer<typeof ScenarioTemplate>;

/** The one op that puts a library scenario into a playbook, its script lines included, with fresh ids. */
export function scenarioFromTemplate(
  template: ScenarioTemplate,
  target: { workshopId: string; artifactId: string; scenarioId?: string },
): OpInput & { type: 'scenario.add' } {
  const lines = CLEAR_STEPS.flatMap((step) =>
    (['say', 'avoid'] as const).flatMap((kind) => template.script[step][kind].map((text) => ({ lineId: newId(), step, kind, text }))),
  ).slice(0, PLAYBOOK_LIMITS.linesPerScenario);
  return {
    type: 'scenario.add',
    payload: {
      workshopId: target.workshopId,
      artifactId: target.artifactId,
      scenarioId: target.scenarioId ?? newId(),
      fields: { ...template.fields, title: template.name['zh-CN'] },
      principles: template.principles,
      remedies: template.remedies,
      lines,
    },
  };
}
