import { WorkshopFields } from '../../shared/domain/workshop.ts';
import type { Industry, Language } from '../../shared/domain/workshop.ts';
import { problemsByField, problemText, type Problem } from '../components/validate.ts';
import type { Translate } from '../i18n/useUi.ts';
import { datesInOrder } from '../../shared/rules/dates.ts';

/** The form's values as typed (all text), before the schema trims and checks them. */
export interface WorkshopDraft {
  name: string;
  company: string;
  trainer: string;
  startDate: string;
  endDate: string;
  language: Language;
  industry: Industry;
}

export const WORKSHOP_FIELD_ORDER = ['name', 'company', 'trainer', 'startDate', 'endDate', 'language', 'industry'] as const;
export type WorkshopFieldName = (typeof WORKSHOP_FIELD_ORDER)[number];

export type FormProblems = Partial<Record<WorkshopFieldName, Problem | { ui: 'endBeforeStart' }>>;

export const emptyWorkshopDraft = (language: Language): WorkshopDraft => ({
  name: '',
  company: '',
  trainer: '',
  startDate: '',
  endDate: '',
  language,
  industry: 'general',
});

/**
 * Checks a draft with the shared schema and the shared date rule (the host checks both).
 * Returns the trimmed fields when all is well.
 */
export function checkWorkshopDraft(
  draft: WorkshopDraft,
): { ok: true; fields: WorkshopFields } | { ok: false; problems: FormProblems } {
  const problems: FormProblems = problemsByField(WorkshopFields, draft);
  if (!problems.endDate && !problems.startDate && !datesInOrder(draft.startDate, draft.endDate)) {
    problems.endDate = { ui: 'endBeforeStart' };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, fields: WorkshopFields.parse(draft) };
}

export function formProblemText(t: Translate, problem: FormProblems[WorkshopFieldName]): string | null {
  if (!problem) return null;
  if ('ui' in problem) return t(`validation.${problem.ui}`);
  return problemText(t, problem);
}

/** Only the fields that changed, so an edit sends a small patch and does not overwrite others' edits. */
export function changedFields(before: WorkshopFields, after: WorkshopFields): Partial<WorkshopFields> {
  const patch: Partial<Record<keyof WorkshopFields, unknown>> = {};
  for (const key of WORKSHOP_FIELD_ORDER) if (before[key] !== after[key]) patch[key] = after[key];
  return patch as Partial<WorkshopFields>;
}
