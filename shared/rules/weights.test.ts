import { describe, expect, it } from 'vitest';
import type { Indicator, Post } from '../domain/standard.ts';
import { balanceEvenly, isBalanced, sumWeights, weightIssues } from './weights.ts';

const post = (weights: number[]): Post => ({
  id: 'post-0001',
  name: '前台接待',
  description: '',
  artifactId: 'workshop-0001',
  order: 'a0',
  dimensionWeights: { tangibles: weights[0], assurance: weights[1], responsiveness: weights[2], reliability: weights[3], empathy: weights[4] },
});
const indicator = (id: string, dimension: Indicator['dimension'], weight: number): Indicator => ({
  id,
  postId: 'post-0001',
  dimension,
  name: id,
  description: '',
  weight,
  scoring: { kind: 'scale5' },
  dataSource: 'survey',
  cycle: 'monthly',
  order: 'a0',
});

describe('weights', () => {
  it('balanceEvenly gives whole numbers that add up to exactly 100', () => {
    for (let n = 1; n <= 20; n++) {
      const w = balanceEvenly(n);
      expect(w).toHaveLength(n);
      expect(w.reduce((a, b) => a + b, 0)).toBe(100);
      expect(Math.max(...w) - Math.min(...w)).toBeLessThanOrEqual(1);
    }
    expect(balanceEvenly(3)).toEqual([34, 33, 33]);
    expect(balanceEvenly(0)).toEqual([]);
  });

  it('sums compare at cent precision, so thirds typed by hand balance', () => {
    expect(sumWeights([33.33, 33.33, 33.34])).toBe(100);
    expect(isBalanced([0.1, 0.2, 99.7])).toBe(true);
    expect(isBalanced([50, 49])).toBe(false);
    expect(isBalanced([])).toBe(false);
  });

  it('reports each unbalanced level of a post in words the UI can show', () => {
    expect(weightIssues(post([20, 20, 20, 20, 20]), [])).toEqual([{ kind: 'postEmpty', postId: 'post-0001' }]);
    const issues = weightIssues(post([30, 20, 20, 20, 20]), [indicator('a', 'tangibles', 60), indicator('b', 'tangibles', 30)]);
    expect(issues).toContainEqual({ kind: 'dimensionsSum', postId: 'post-0001', sum: 110 });
    expect(issues).toContainEqual({ kind: 'indicatorsSum', postId: 'post-0001', dimension: 'tangibles', sum: 90 });
    expect(issues).toContainEqual({ kind: 'weightedDimensionEmpty', postId: 'post-0001', dimension: 'empathy' });
  });

  it('a balanced post has no issues; a dimension weighted 0 may stay empty', () => {
    const indicators = [indicator('a', 'tangibles', 100), indicator('b', 'assurance', 50), indicator('c', 'assurance', 50)];
    expect(weightIssues(post([40, 60, 0, 0, 0]), indicators)).toEqual([]);
  });
});
