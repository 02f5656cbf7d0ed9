import { describe, expect, it } from 'vitest';
import type { IndicatorTemplate } from '../../shared/domain/library.ts';
import type { Indicator } from '../../shared/domain/standard.ts';
import { blankIndicator, fieldsFromTemplate, templatesToInsert } from './content.ts';

const tpl = (id: string, zh: string, weight = 50): IndicatorTemplate => ({
  id,
  postType: 'frontDesk',
  dimension: 'tangibles',
  name: { 'zh-CN': zh, en: `${id} en` },
  description: { 'zh-CN': `${zh}描述`, en: `${id} description` },
  weight,
  scoring: { kind: 'passFail' },
  dataSource: 'mysteryShopper',
  cycle: 'weekly',
});

const indicator = (id: string, name: string, weight: number): Indicator => ({
  id: `ind-${id}-0000`,
  postId: 'post-0000001',
  dimension: 'tangibles',
  order: 'a0',
  name,
  description: '',
  weight,
  scoring: { kind: 'scale5' },
  dataSource: 'survey',
  cycle: 'monthly',
});

describe('fieldsFromTemplate', () => {
  it('takes the workshop language', () => {
    expect(fieldsFromTemplate(tpl('a', '仪容仪表'), 'zh-CN')).toMatchObject({ name: '仪容仪表', description: '仪容仪表描述' });
    expect(fieldsFromTemplate(tpl('a', '仪容仪表'), 'en')).toMatchObject({ name: 'a en', description: 'a description' });
  });
  it('keeps weight and rules', () => {
    expect(fieldsFromTemplate(tpl('a', 'x', 30), 'en')).toMatchObject({
      weight: 30,
      scoring: { kind: 'passFail' },
      dataSource: 'mysteryShopper',
      cycle: 'weekly',
    });
  });
});

describe('blankIndicator', () => {
  it('takes what is left of 100, never below 0', () => {
    expect(blankIndicator('新指标', [indicator('1', 'a', 60)]).weight).toBe(40);
    expect(blankIndicator('新指标', []).weight).toBe(100);
    expect(blankIndicator('新指标', [indicator('1', 'a', 70), indicator('2', 'b', 50)]).weight).toBe(0);
  });
});

describe('templatesToInsert', () => {
  it('skips templates already present by name', () => {
    const list = templatesToInsert([tpl('a', '仪容'), tpl('b', '环境')], [indicator('1', '仪容', 50)], 'zh-CN');
    expect(list.map((t) => t.id)).toEqual(['b']);
  });
  it('stops at the per-dimension limit', () => {
    const full = Array.from({ length: 19 }, (_, i) => indicator(String(i), `n${i}`, 5));
    const list = templatesToInsert([tpl('a', 'x'), tpl('b', 'y')], full, 'zh-CN');
    expect(list.map((t) => t.id)).toEqual(['a']);
  });
});
