import { describe, expect, it } from 'vitest';
import type { DimensionGap } from '../../shared/deliverables/activities/view.ts';
import { formatScore, largestShortfall } from './shortfall.ts';

const gap = (dimension: string, expectation: number | null, perception: number | null): DimensionGap => ({
  dimension,
  expectation,
  perception,
  gap: expectation === null || perception === null ? null : perception - expectation,
  answers: expectation === null ? 0 : 1,
});

describe('the largest shortfall of a rating poll', () => {
  it('is the dimension whose perception falls furthest below expectation', () => {
    const worst = largestShortfall([gap('有形度', 5, 6), gap('反应度', 6.5, 4), gap('同理度', 6, 5)]);
    expect(worst?.dimension).toBe('反应度');
  });

  it('is none when every dimension meets or beats expectation, or nobody answered', () => {
    expect(largestShortfall([gap('有形度', 5, 5), gap('专业度', 4, 6)])).toBeNull();
    expect(largestShortfall([gap('有形度', null, null)])).toBeNull();
  });
});

describe('a score as the room reads it', () => {
  it('has one decimal, a real minus, and a plus only on a signed gap', () => {
    expect(formatScore(-1.25, true)).toBe('−1.3');
    expect(formatScore(0.5, true)).toBe('+0.5');
    expect(formatScore(5.333)).toBe('5.3');
    expect(formatScore(-0.01, true)).toBe('0.0');
    expect(formatScore(null)).toBe('—');
  });
});
