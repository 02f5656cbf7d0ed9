import { CycleKey, DataSourceKey, IndicatorFields, isListedChoice, type Indicator, type ScoringRule } from '../../../shared/domain/standard.ts';
import { parseWeight, problemOf, problemText } from '../../components/validate.ts';
import type { Translate } from '../../i18n/useUi.ts';

/** The grid's columns, left to right. The dimension is shown, not edited here (an indicator moves by its panel). */
export const COLUMNS = ['dimension', 'name', 'weight', 'scoring', 'dataSource', 'cycle'] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export const FIRST_EDITABLE = 1;

/** Points per occurrence given when a rule becomes a deduction. */
const DEFAULT_POINTS = 5;
const SCORING_KINDS = ['scale5', 'deduction', 'passFail'] as const;

export type Editor =
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'select'; options: readonly string[]; prefix: string }
  /** The course's list offered as suggestions, or the trainer's own words. */
  | { kind: 'choice'; options: readonly string[]; prefix: 'dataSource' | 'cycle' };

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
      return { kind: 'choice', options: DataSourceKey.options, prefix: 'dataSource' };
    case 'cycle':
      return { kind: 'choice', options: CycleKey.options, prefix: 'cycle' };
  }
}

/** The text an editor starts from: what the cell holds (a listed data source or cycle by its translated name). */
export function rawValue(t: Translate, indicator: Indicator, column: ColumnKey): string {
  switch (column) {
    case 'dataSource':
    case 'cycle':
      return shownValue(t, indicator, column);
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
    case 'cycle': {
      // A listed name (in the interface's language) is stored as its key, so it is translated wherever it is shown.
      const options = column === 'dataSource' ? DataSourceKey.options : CycleKey.options;
      const listed = options.find((key) => t(`${column}.${key}`) === draft.trim());
      const value = listed ?? draft.trim();
      const problem = problemOf(IndicatorFields.shape[column], value);
      return problem ? { ok: false, error: problemText(t, problem) } : { ok: true, patch: { [column]: value } };
    }
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
    case 'cycle':
      return isListedChoice(column, indicator[column]) ? t(`${column}.${indicator[column]}`) : indicator[column];
  }
}
