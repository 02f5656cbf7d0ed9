import type { z } from 'zod';
import { domainZh } from '../../shared/i18n/domain.zh-CN.ts';
import { Weight } from '../../shared/domain/standard.ts';
import type { Translate } from '../i18n/useUi.ts';

/** What is wrong with one value, as a `rule.*` key of the shared domain strings (plus the limit it names). */
export interface Problem {
  rule: string;
  limit?: number;
}

const KNOWN_RULES = new Set(Object.keys(domainZh.rule));

/** The shared schemas carry rule codes as their messages; anything else (a type mismatch) is 'other'. */
export function problemOfIssue(issue: z.core.$ZodIssue): Problem {
  const rule = KNOWN_RULES.has(issue.message) ? issue.message : 'other';
  const limit = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : undefined;
  return limit === undefined ? { rule } : { rule, limit };
}

export function problemOf(schema: z.ZodType, value: unknown): Problem | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : problemOfIssue(parsed.error.issues[0]!);
}

/** Per top-level field, the first problem the schema reports. */
export function problemsByField(schema: z.ZodType, value: unknown): Record<string, Problem> {
  const parsed = schema.safeParse(value);
  const out: Record<string, Problem> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= problemOfIssue(issue);
  }
  return out;
}

export const problemText = (t: Translate, problem: Problem): string => t(`rule.${problem.rule}`, { limit: problem.limit });

/** A typed percentage: blank or not a number is `notANumber`; then the shared Weight rules (0–100, two decimals). */
export function parseWeight(draft: string): { ok: true; value: number } | { ok: false; problem: Problem } {
  const text = draft.trim();
  const n = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(n)) return { ok: false, problem: { rule: 'notANumber' } };
  const problem = problemOf(Weight, n);
  return problem ? { ok: false, problem } : { ok: true, value: n };
}

/** A CommitField validator from a shared schema: the translated problem, or null. */
export const schemaValidator =
  (t: Translate, schema: z.ZodType) =>
  (draft: string): string | null => {
    const problem = problemOf(schema, draft);
    return problem ? problemText(t, problem) : null;
  };

/** A CommitField validator for any other number typed as text: blank or not a number is refused before the schema's rules. */
export const numberValidator =
  (t: Translate, schema: z.ZodType) =>
  (draft: string): string | null => {
    const n = draft.trim() === '' ? Number.NaN : Number(draft);
    const problem = problemOf(schema, Number.isNaN(n) ? undefined : n);
    return problem ? problemText(t, problem.rule === 'other' ? { rule: 'notANumber' } : problem) : null;
  };

/** A CommitField validator for percentages. */
export const weightValidator =
  (t: Translate) =>
  (draft: string): string | null => {
    const parsed = parseWeight(draft);
    return parsed.ok ? null : problemText(t, parsed.problem);
  };
