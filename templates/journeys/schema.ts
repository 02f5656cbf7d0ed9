import type { JourneyTemplate, TemplateMoment } from '../../shared/deliverables/journey/template.ts';

export type { JourneyTemplate, TemplateMoment };

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
