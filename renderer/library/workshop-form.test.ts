import { describe, expect, it } from 'vitest';
import { changedFields, checkWorkshopDraft, emptyWorkshopDraft, formProblemText } from './workshop-form.ts';

const t = (key: string, params?: Record<string, unknown>): string => (params?.limit ? `${key}:${params.limit}` : key);

describe('checkWorkshopDraft', () => {
  it('trims and accepts a minimal workshop', () => {
    const result = checkWorkshopDraft({ ...emptyWorkshopDraft('zh-CN'), name: '  满意度培训 ' });
    expect(result).toEqual({
      ok: true,
      fields: { name: '满意度培训', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', industry: 'general' },
    });
  });

  it('reports a missing name and a too long company, translated', () => {
    const result = checkWorkshopDraft({ ...emptyWorkshopDraft('en'), company: 'x'.repeat(81) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formProblemText(t, result.problems.name)).toBe('rule.required');
    expect(formProblemText(t, result.problems.company)).toBe('rule.tooLong:80');
    expect(formProblemText(t, result.problems.trainer)).toBeNull();
  });

  it('refuses an end date before the start date', () => {
    const draft = { ...emptyWorkshopDraft('zh-CN'), name: 'A', startDate: '2025-05-02', endDate: '2025-05-01' };
    const result = checkWorkshopDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formProblemText(t, result.problems.endDate)).toBe('validation.endBeforeStart');
  });

  it('accepts a one-day course and open dates', () => {
    expect(checkWorkshopDraft({ ...emptyWorkshopDraft('zh-CN'), name: 'A', startDate: '2025-05-02', endDate: '2025-05-02' }).ok).toBe(true);
    expect(checkWorkshopDraft({ ...emptyWorkshopDraft('zh-CN'), name: 'A', endDate: '2025-05-02' }).ok).toBe(true);
  });
});

describe('changedFields', () => {
  it('keeps only what changed', () => {
    const before = { name: 'A', company: 'C', trainer: 'T', startDate: '', endDate: '', language: 'zh-CN' as const, industry: 'general' as const };
    expect(changedFields(before, { ...before, trainer: 'U', language: 'en' })).toEqual({ trainer: 'U', language: 'en' });
    expect(changedFields(before, before)).toEqual({});
  });
});
