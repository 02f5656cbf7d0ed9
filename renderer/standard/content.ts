import i18next from 'i18next';
import type { IndicatorTemplate } from '../../shared/domain/library.ts';
import type { Indicator, IndicatorFields } from '../../shared/domain/standard.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { round2, sumWeights } from '../../shared/rules/weights.ts';

/** Text that becomes workshop content is written in the workshop's language, whatever the interface speaks. */
export const contentText = (lang: Language, key: string): string => String(i18next.getFixedT(lang)(key));

/** An indicator made from a library template, in the workshop's language; editable like any other afterwards. */
export function fieldsFromTemplate(template: IndicatorTemplate, lang: Language): IndicatorFields {
  return {
    name: template.name[lang],
    description: template.description[lang],
    weight: template.weight,
    scoring: template.scoring,
    dataSource: template.dataSource,
    cycle: template.cycle,
  };
}

/** A blank indicator takes what is left of the dimension's 100, so adding the last one can balance it. */
export function blankIndicator(name: string, existing: readonly Indicator[]): IndicatorFields {
  const rest = round2(100 - sumWeights(existing.map((i) => i.weight)));
  return {
    name,
    description: '',
    weight: Math.min(LIMITS.weightMax, Math.max(0, rest)),
    scoring: { kind: 'scale5' },
    dataSource: 'supervisorCheck',
    cycle: 'monthly',
  };
}

/** Templates not yet among the dimension's `present` indicators (same name), as many as the limit still allows. */
export function templatesToInsert(
  templates: readonly IndicatorTemplate[],
  present: readonly Indicator[],
  lang: Language,
): IndicatorTemplate[] {
  const names = new Set(present.map((i) => i.name.trim()));
  const room = Math.max(0, LIMITS.indicatorsPerDimension - present.length);
  return templates.filter((tpl) => !names.has(tpl.name[lang].trim())).slice(0, room);
}
