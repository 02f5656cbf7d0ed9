import type { Reason } from '../protocol/reasons.ts';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The one sentence a user sees for a refusal, in whatever language `t` speaks. */
export function reasonText(t: Translate, reason: Reason): string {
  if (reason.code !== 'invalid') return t(`reason.${reason.code}`, { limit: reason.limit, seconds: reason.retryAfterSeconds });
  const fieldKey = (reason.path ?? '').split('.').reverse().find((seg) => t(`field.${seg}`) !== `field.${seg}`);
  const field = fieldKey ? t(`field.${fieldKey}`) : '';
  const ruleKey = reason.rule && t(`rule.${reason.rule}`) !== `rule.${reason.rule}` ? reason.rule : 'other';
  return t('reason.invalid', { field, rule: t(`rule.${ruleKey}`, { limit: reason.limit }) });
}
