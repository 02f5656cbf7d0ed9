import { describe, expect, it } from 'vitest';
import { IndicatorFields, ScoringRule } from '../../shared/domain/standard.ts';
import { WorkshopFields } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { parseWeight, problemOf, problemsByField } from './validate.ts';

describe('problemOf', () => {
  const name = IndicatorFields.shape.name;
  it('passes good text', () => expect(problemOf(name, '仪容仪表')).toBeNull());
  it('names an empty name as required', () => expect(problemOf(name, '   ')).toEqual({ rule: 'required' }));
  it('names too long text with its limit', () =>
    expect(problemOf(name, 'x'.repeat(LIMITS.shortText + 1))).toEqual({ rule: 'tooLong', limit: LIMITS.shortText }));
  it('maps deduction points out of range', () =>
    expect(problemOf(ScoringRule, { kind: 'deduction', pointsPerOccurrence: 0 })).toEqual({ rule: 'deductionRange' }));
  it('falls back to other for a type mismatch', () => expect(problemOf(name, 42)).toEqual({ rule: 'other' }));
});

describe('parseWeight', () => {
  it('accepts 0 to 100 with at most two decimals', () => {
    expect(parseWeight('0')).toEqual({ ok: true, value: 0 });
    expect(parseWeight(' 33.33 ')).toEqual({ ok: true, value: 33.33 });
    expect(parseWeight('33.333')).toEqual({ ok: false, problem: { rule: 'decimals' } });
    expect(parseWeight('100')).toEqual({ ok: true, value: 100 });
  });
  it('refuses blank and non-numbers', () => {
    expect(parseWeight('')).toEqual({ ok: false, problem: { rule: 'notANumber' } });
    expect(parseWeight('abc')).toEqual({ ok: false, problem: { rule: 'notANumber' } });
  });
  it('refuses negative and over 100', () => {
    expect(parseWeight('-1')).toEqual({ ok: false, problem: { rule: 'negative' } });
    expect(parseWeight('100.5')).toEqual({ ok: false, problem: { rule: 'over100' } });
  });
});

describe('problemsByField', () => {
  const good = { name: 'A', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', industry: 'hotel' };
  it('is empty for valid fields', () => expect(problemsByField(WorkshopFields, good)).toEqual({}));
  it('keys problems by field', () => {
    const bad = { ...good, name: '', trainer: 'y'.repeat(81), startDate: '2025-13-40' };
    expect(problemsByField(WorkshopFields, bad)).toEqual({
      name: { rule: 'required' },
      trainer: { rule: 'tooLong', limit: 80 },
      startDate: { rule: 'other' },
    });
  });
});
