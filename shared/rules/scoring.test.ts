import { describe, expect, it } from 'vitest';
import type { Indicator, Post } from '../domain/standard.ts';
import { exampleObservation, indicatorScore, postScore } from './scoring.ts';

describe('scoring', () => {
  it('converts each rule to 0–100', () => {
    expect(indicatorScore({ kind: 'scale5' }, { kind: 'scale5', rating: 4 })).toBe(80);
    expect(indicatorScore({ kind: 'deduction', pointsPerOccurrence: 10 }, { kind: 'deduction', occurrences: 3 })).toBe(70);
    expect(indicatorScore({ kind: 'deduction', pointsPerOccurrence: 30 }, { kind: 'deduction', occurrences: 5 })).toBe(0);
    expect(indicatorScore({ kind: 'passFail' }, { kind: 'passFail', passed: false })).toBe(0);
    expect(() => indicatorScore({ kind: 'passFail' }, { kind: 'scale5', rating: 5 })).toThrow();
  });

  it('weights indicators within dimensions and dimensions within the post', () => {
    const post: Post = {
      id: 'post-0001',
      name: '客服专员',
      description: '',
      artifactId: 'workshop-0001',
      order: 'a0',
      dimensionWeights: { tangibles: 10, assurance: 30, responsiveness: 30, reliability: 20, empathy: 10 },
    };
    const base = { postId: post.id, description: '', dataSource: 'survey', cycle: 'monthly', order: 'a0' } as const;
    const indicators: Indicator[] = [
      { ...base, id: 'i-000001', dimension: 'assurance', name: '业务解答准确', weight: 100, scoring: { kind: 'scale5' } },
      { ...base, id: 'i-000002', dimension: 'responsiveness', name: '接通率', weight: 50, scoring: { kind: 'passFail' } },
      { ...base, id: 'i-000003', dimension: 'responsiveness', name: '超时回复', weight: 50, scoring: { kind: 'deduction', pointsPerOccurrence: 20 } },
    ];
    const result = postScore(post, indicators, (i) =>
      i.scoring.kind === 'scale5'
        ? { kind: 'scale5', rating: 4 }
        : i.scoring.kind === 'passFail'
          ? { kind: 'passFail', passed: true }
          : { kind: 'deduction', occurrences: 1 },
    );
    // assurance 80 × 30% = 24; responsiveness (100×50% + 80×50%) = 90 × 30% = 27; empty dimensions give 0.
    expect(result.total).toBe(51);
    expect(result.dimensions.find((d) => d.dimension === 'responsiveness')?.score).toBe(90);
    expect(result.indicators.map((s) => s.contribution)).toEqual([24, 15, 12]);
  });

  it('the worked example observation always fits the indicator’s rule', () => {
    const base = { id: 'i-000001', postId: 'p-000001', dimension: 'empathy', name: 'x', description: '', weight: 10, dataSource: 'survey', cycle: 'monthly', order: 'a0' } as const;
    for (const scoring of [{ kind: 'scale5' }, { kind: 'passFail' }, { kind: 'deduction', pointsPerOccurrence: 5 }] as const) {
      for (let i = 0; i < 5; i++) expect(exampleObservation({ ...base, scoring }, i).kind).toBe(scoring.kind);
    }
  });
});
