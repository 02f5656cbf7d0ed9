import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources.ts';
import type { Translate } from '../i18n/useUi.ts';
import { issueText, issueTextWithPost } from './issue-text.ts';

let zh: Translate;
let en: Translate;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
  zh = (key, params) => String(i18n.getFixedT('zh-CN')(key, params ?? {}));
  en = (key, params) => String(i18n.getFixedT('en')(key, params ?? {}));
});

describe('issueText', () => {
  it('names the sum of the dimensions', () => {
    expect(issueText(zh, { kind: 'dimensionsSum', postId: 'p', sum: 90 })).toBe('五个维度的权重合计为 90，应为 100');
  });
  it('names the dimension in the reader language', () => {
    const issue = { kind: 'indicatorsSum', postId: 'p', dimension: 'empathy', sum: 80 } as const;
    expect(issueText(zh, issue)).toBe('「同理度」下指标权重合计为 80，应为 100');
    expect(issueText(en, issue)).toBe('Indicator weights under “Empathy” add up to 80, not 100');
  });
  it('prefixes the post name when asked', () => {
    const posts = [{ id: 'p', name: '前台接待', description: '', position: 0, dimensionWeights: {} }] as never;
    expect(issueTextWithPost(zh, { kind: 'postEmpty', postId: 'p' }, posts)).toBe('前台接待：该岗位还没有指标');
  });
});
