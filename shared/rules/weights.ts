import { DIMENSIONS, type Dimension } from '../domain/dimensions.ts';
import type { Indicator, Post } from '../domain/standard.ts';
import { byOrder } from '../core/order.ts';

/** Sums are compared after rounding to cents so 33.33 + 33.33 + 33.34 counts as 100. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

export const sumWeights = (weights: readonly number[]): number => round2(weights.reduce((a, b) => a + b, 0));

export const isBalanced = (weights: readonly number[]): boolean => weights.length > 0 && sumWeights(weights) === 100;

/** Whole numbers that add up to exactly 100, the larger ones first (3 → 34, 33, 33). */
export function balanceEvenly(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  const extra = 100 - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

export const indicatorsOf = (indicators: readonly Indicator[], postId: string, dimension?: Dimension): Indicator[] =>
  indicators
    .filter((i) => i.postId === postId && (dimension === undefined || i.dimension === dimension))
    .sort(byOrder);

export type WeightIssue =
  | { kind: 'dimensionsSum'; postId: string; sum: number }
  | { kind: 'indicatorsSum'; postId: string; dimension: Dimension; sum: number }
  | { kind: 'weightedDimensionEmpty'; postId: string; dimension: Dimension }
  | { kind: 'postEmpty'; postId: string };

/**
 * The rule the course's standard follows: a post's five dimension weights add up to 100, and inside each dimension
 * the indicator weights add up to 100. A dimension weighted above 0 needs at least one indicator.
 * Problems are reported, never blocked: a class works through an unbalanced state on its way to a balanced one.
 */
export function weightIssues(post: Post, indicators: readonly Indicator[]): WeightIssue[] {
  const issues: WeightIssue[] = [];
  const own = indicatorsOf(indicators, post.id);
  if (own.length === 0) issues.push({ kind: 'postEmpty', postId: post.id });
  const dimSum = sumWeights(DIMENSIONS.map((d) => post.dimensionWeights[d]));
  if (dimSum !== 100) issues.push({ kind: 'dimensionsSum', postId: post.id, sum: dimSum });
  for (const dimension of DIMENSIONS) {
    const list = own.filter((i) => i.dimension === dimension);
    if (list.length === 0) {
      if (post.dimensionWeights[dimension] > 0 && own.length > 0)
        issues.push({ kind: 'weightedDimensionEmpty', postId: post.id, dimension });
      continue;
    }
    const sum = sumWeights(list.map((i) => i.weight));
    if (sum !== 100) issues.push({ kind: 'indicatorsSum', postId: post.id, dimension, sum });
  }
  return issues;
}

export const standardIssues = (posts: readonly Post[], indicators: readonly Indicator[]): WeightIssue[] =>
  posts.flatMap((p) => weightIssues(p, indicators));
