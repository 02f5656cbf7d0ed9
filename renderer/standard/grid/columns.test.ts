import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/domain/standard.ts';
import { patchOf, shownValue } from './columns.ts';

const names: Record<string, string> = { 'dataSource.survey': '满意度调查', 'cycle.weekly': '每周', 'cycle.monthly': '每月' };
const t = (key: string, params?: Record<string, unknown>) => names[key] ?? (params?.limit ? `${key}:${params.limit}` : key);
const indicator: Indicator = {
  id: 'ind-000001',
  postId: 'post-00001',
  dimension: 'tangibles',
  order: 'a0',
  name: '着装规范',
  description: '',
  weight: 30,
  scoring: { kind: 'deduction', pointsPerOccurrence: 10 },
  dataSource: 'survey',
  cycle: 'monthly',
};

describe('grid cells: data source and cycle', () => {
  it("stores a listed name as its key and the trainer's own words as typed", () => {
    expect(patchOf(t, indicator, 'dataSource', ' 满意度调查 ')).toEqual({ ok: true, patch: { dataSource: 'survey' } });
    expect(patchOf(t, indicator, 'dataSource', '400 热线录音')).toEqual({ ok: true, patch: { dataSource: '400 热线录音' } });
    expect(patchOf(t, indicator, 'cycle', '每周')).toEqual({ ok: true, patch: { cycle: 'weekly' } });
    expect(shownValue(t, { ...indicator, dataSource: 'CRM' }, 'dataSource')).toBe('CRM');
    expect(shownValue(t, indicator, 'dataSource')).toBe('满意度调查');
  });

  it('refuses an empty or overlong own value', () => {
    expect(patchOf(t, indicator, 'cycle', '  ')).toEqual({ ok: false, error: 'rule.required' });
    expect(patchOf(t, indicator, 'dataSource', 'x'.repeat(41))).toEqual({ ok: false, error: 'rule.tooLong:40' });
  });

  it('keeps the points of a deduction rule when switching back to it', () => {
    expect(patchOf(t, indicator, 'scoring', 'deduction')).toEqual({ ok: true, patch: { scoring: { kind: 'deduction', pointsPerOccurrence: 10 } } });
    expect(patchOf(t, indicator, 'weight', '-5')).toMatchObject({ ok: false });
  });
});
