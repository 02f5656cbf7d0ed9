import type { z } from 'zod';
import { problemOf, problemText } from '../components/validate.ts';
import type { Translate } from '../i18n/useUi.ts';

/** A CommitField validator from a shared schema: the translated rule the draft breaks, or null. */
export const textCheck =
  (t: Translate, schema: z.ZodType) =>
  (draft: string): string | null => {
    const problem = problemOf(schema, draft);
    return problem ? problemText(t, problem) : null;
  };

/** The same for a number typed as text: blank or not a number is refused before the schema's own rules. */
export const numberCheck =
  (t: Translate, schema: z.ZodType) =>
  (draft: string): string | null => {
    const n = draft.trim() === '' ? Number.NaN : Number(draft);
    const problem = problemOf(schema, Number.isNaN(n) ? undefined : n);
    return problem ? problemText(t, problem.rule === 'other' ? { rule: 'notANumber' } : problem) : null;
  };
