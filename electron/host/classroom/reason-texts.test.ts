import { describe, expect, it } from 'vitest';
import { domainEn } from '../../../shared/i18n/domain.en.ts';
import { domainZh } from '../../../shared/i18n/domain.zh-CN.ts';
import { reasonText } from '../../../shared/i18n/reason-text.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';

/** A translator over one language's table, filling {{placeholders}} as the app's i18n does. */
const translator = (table: object) => (key: string, params: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown> | undefined)?.[seg], table);
  if (typeof text !== 'string') return key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
};

describe('what the classroom’s refusals say, in both languages', () => {
  const cases: [Reason, RegExp, RegExp][] = [
    [{ code: 'tooManyAttempts', retryAfterSeconds: 240 }, /240 seconds/, /240 秒/],
    [{ code: 'badJoinCode' }, /join code/, /./],
    [{ code: 'tooManyOps', limit: 30 }, /30 a second/, /30 次/],
    [{ code: 'invalid', path: 'address', rule: 'notOnThisComputer' }, /^Invalid input: Network address is no longer on this computer/, /网络地址.*已不在本机上/],
    [{ code: 'invalid', path: 'address', rule: 'cannotListen' }, /Network address cannot be opened/, /网络地址.*无法在本机上打开/],
  ];

  it('every refusal reads as a sentence with its numbers filled in', () => {
    for (const [reason, en, zh] of cases) {
      const english = reasonText(translator(domainEn), reason);
      const chinese = reasonText(translator(domainZh), reason);
      expect(english, reason.code).toMatch(en);
      expect(chinese, reason.code).toMatch(zh);
      for (const text of [english, chinese]) expect(text).not.toMatch(/\{\{|reason\.|rule\.|field\./);
    }
  });
});
