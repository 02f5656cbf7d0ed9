import { DIMENSIONS, type Dimension } from '../../../domain/dimensions.ts';
import { CycleKey, DataSourceKey, type ScoringRule } from '../../../domain/standard.ts';
import type { Language } from '../../../domain/workshop.ts';
import { domainResources } from '../../../i18n/resources.ts';

/** The sheet's own labels; the column headers are the Word table's. */
const LABELS = {
  'zh-CN': {
    post: '岗位',
    description: '岗位描述',
    dimension: '维度',
    dimensionWeight: '维度权重（%）',
    indicatorSum: '指标权重合计（%）',
    total: '合计',
    columns: ['维度', '指标', '描述', '权重（%）', '评分规则', '数据来源', '考核周期'],
  },
  en: {
    post: 'Post',
    description: 'Post description',
    dimension: 'Dimension',
    dimensionWeight: 'Dimension weight (%)',
    indicatorSum: 'Sum of indicator weights (%)',
    total: 'Total',
    columns: ['Dimension', 'Indicator', 'Description', 'Weight (%)', 'Scoring rule', 'Data source', 'Assessment cycle'],
  },
};
export type XlsxLabels = (typeof LABELS)['zh-CN'];
export const xlsxLabels = (lang: Language): XlsxLabels => LABELS[lang];

const LANGS = Object.keys(domainResources) as Language[];
const norm = (s: string): string => s.trim().toLowerCase();
const fill = (template: string, points: string | number): string => template.replace('{{points}}', String(points));

export const dimensionLabel = (lang: Language, d: Dimension): string => domainResources[lang].dimension[d].name;

/** A dimension by its name in either language or its key. */
export function dimensionOf(text: string): Dimension | undefined {
  const t = norm(text);
  return DIMENSIONS.find((d) => norm(d) === t || LANGS.some((l) => norm(dimensionLabel(l, d)) === t));
}

/** Whether row 7 is the indicator table's header in either language (so a stray sheet is not read as a post). */
export const isHeaderCell = (text: string): boolean => LANGS.some((l) => norm(LABELS[l].columns[0]) === norm(text));

export function ruleLabel(lang: Language, rule: ScoringRule): string {
  const s = domainResources[lang].scoring;
  if (rule.kind === 'scale5') return s.scale5Rule;
  if (rule.kind === 'passFail') return s.passFailRule;
  return fill(s.deductionRule, rule.pointsPerOccurrence);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A scoring rule from the sentence the export writes (either language) or its short key ("scale5", "passFail",
 * "deduction 5"); null when it is neither.
 */
export function ruleOf(text: string): ScoringRule | null {
  const t = text.trim();
  for (const lang of LANGS) {
    const s = domainResources[lang].scoring;
    if (t === s.scale5Rule) return { kind: 'scale5' };
    if (t === s.passFailRule) return { kind: 'passFail' };
    const [before, after] = s.deductionRule.split('{{points}}').map(escape);
    const m = new RegExp(`^${before}\\s*(\\d+(?:\\.\\d+)?)\\s*${after}$`).exec(t);
    if (m) return { kind: 'deduction', pointsPerOccurrence: Number(m[1]) };
  }
  if (/^scale5$/i.test(t)) return { kind: 'scale5' };
  if (/^passfail$/i.test(t)) return { kind: 'passFail' };
  const m = /^deduction\s+(\d+(?:\.\d+)?)$/i.exec(t);
  return m ? { kind: 'deduction', pointsPerOccurrence: Number(m[1]) } : null;
}

export function sourceLabel(lang: Language, value: string): string {
  const key = DataSourceKey.safeParse(value);
  return key.success ? domainResources[lang].dataSource[key.data] : value;
}
export function cycleLabel(lang: Language, value: string): string {
  const key = CycleKey.safeParse(value);
  return key.success ? domainResources[lang].cycle[key.data] : value;
}

/** A course data source by its label in either language; otherwise the trainer's own wording, as typed. */
export function sourceOf(text: string): string {
  const t = norm(text);
  const key = DataSourceKey.options.find((k) => norm(k) === t || LANGS.some((l) => norm(domainResources[l].dataSource[k]) === t));
  return key ?? text.trim();
}
export function cycleOf(text: string): string {
  const t = norm(text);
  const key = CycleKey.options.find((k) => norm(k) === t || LANGS.some((l) => norm(domainResources[l].cycle[k]) === t));
  return key ?? text.trim();
}
