import { Cycle, DataSource, IndicatorFields, type Indicator, type ScoringRule } from '../../../shared/domain/standard.ts';
import { parseWeight, problemOf, problemText } from '../../components/validate.ts';
import type { Translate } from '../../i18n/useUi.ts';

/** The grid's columns, left to right. The dimension is shown, not edited here (an indicator moves by its panel). */
export const COLUMNS = ['dimension', 'name', 'weight', 'scoring', 'dataSource', 'cycle'] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export const FIRST_EDITABLE = 1;

/** Points per occurrence given when a rule becomes a deduction. */
const DEFAULT_POINTS = 5;
const SCORING_KINDS = ['scale5', 'deduction', 'passFail'] as const;

export type Editor = { kind: 'text' } | { kind: 'number' } | { kind: 'select'; options: readonly string[]; prefix: string };

export function editorOf(column: ColumnKey): Editor | null {
  switch (column) {
    case 'dimension':
      return null;
    case 'name':
      return { kind: 'text' };
    case 'weight':
      return { kind: 'number' };
    case 'scoring':
      return { kind: 'select', options: SCORING_KINDS, prefix: 'scoring' };
    case 'dataSource':
      return { kind: 'select', options: DataSource.options, prefix: 'dataSource' };
    case 'cycle':
      return { kind: 'select', options: Cycle.options, prefix: 'cycle' };
  }
}

/** The text an editor starts from: what the cell holds. */
export function rawValue(indicator: Indicator, column: ColumnKey): string {
  switch (column) {
    case 'dimension':
      return indicator.dimension;
    case 'scoring':
      return indicator.scoring.kind;
    case 'weight':
      return String(indicator.weight);
    default:
      return indicator[column];
  }
}

/** A draft as a patch for `indicator.update`, or the translated reason it cannot be sent. */
export function patchOf(
  t: Translate,
  indicator: Indicator,
  column: ColumnKey,
  draft: string,
): { ok: true; patch: Partial<IndicatorFields> } | { ok: false; error: string } {
  switch (column) {
    case 'name': {
      const problem = problemOf(IndicatorFields.shape.name, draft);
      return problem ? { ok: false, error: problemText(t, problem) } : { ok: true, patch: { name: draft.trim() } };
    }
    case 'weight': {
      const parsed = parseWeight(draft);
      return parsed.ok ? { ok: true, patch: { weight: parsed.value } } : { ok: false, error: problemText(t, parsed.problem) };
    }
    case 'scoring': {
      const scoring: ScoringRule =
        draft === 'deduction'
          ? { kind: 'deduction', pointsPerOccurrence: indicator.scoring.kind === 'deduction' ? indicator.scoring.pointsPerOccurrence : DEFAULT_POINTS }
          : { kind: draft as 'scale5' | 'passFail' };
      return { ok: true, patch: { scoring } };
    }
    case 'dataSource':
      return { ok: true, patch: { dataSource: DataSource.parse(draft) } };
    case 'cycle':
      return { ok: true, patch: { cycle: Cycle.parse(draft) } };
    case 'dimension':
      return { ok: true, patch: {} };
  }
}

/** What a cell shows when it is not being edited. */
export function shownValue(t: Translate, indicator: Indicator, column: ColumnKey): string {
  switch (column) {
    case 'dimension':
      return t(`dimension.${indicator.dimension}.name`);
    case 'name':
      return indicator.name;
    case 'weight':
      return String(indicator.weight);
    case 'scoring':
      return indicator.scoring.kind === 'deduction'
        ? t('standardGrid.deductionShort', { points: indicator.scoring.pointsPerOccurrence })
        : t(`scoring.${indicator.scoring.kind}`);
    case 'dataSource':
      return t(`dataSource.${indicator.dataSource}`);
    case 'cycle':
      return t(`cycle.${indicator.cycle}`);
  }
}
