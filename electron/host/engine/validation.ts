import type { z } from 'zod';
import type { Reason } from '../../../shared/protocol/reasons.ts';

const RULES = new Set(['tooLong', 'required', 'negative', 'over100', 'notANumber', 'badId', 'deductionRange', 'decimals', 'endBeforeStart', 'badOrder', 'tooMany', 'wholeNumber', 'atMost', 'atLeastOne', 'scoreRange']);

/** The first problem zod found, as a reason the client can translate ("名称 不能为空"). */
export function reasonFromZod(error: z.ZodError): Reason {
  const issue = error.issues[0];
  const path = issue.path.map(String).join('.');
  let rule = RULES.has(issue.message) ? issue.message : undefined;
  if (!rule && issue.code === 'invalid_type' && issue.expected === 'number') rule = 'notANumber';
  if (!rule && issue.code === 'too_small' && issue.origin === 'string') rule = 'required';
  const limit = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
  return { code: 'invalid', path, rule, limit, detail: `${path}: ${issue.message}` };
}
