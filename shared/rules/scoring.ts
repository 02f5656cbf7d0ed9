import { DIMENSIONS, type Dimension } from '../domain/dimensions.ts';
import type { Indicator, Post, ScoringRule } from '../domain/standard.ts';
import { indicatorsOf, round2 } from './weights.ts';

/** What an assessor records for one indicator in one cycle. */
export type Observation =
  | { kind: 'scale5'; rating: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'deduction'; occurrences: number }
  | { kind: 'passFail'; passed: boolean };

/** An indicator's score on a 0–100 scale. */
export function indicatorScore(rule: ScoringRule, obs: Observation): number {
  if (rule.kind !== obs.kind) throw new Error(`observation ${obs.kind} does not fit rule ${rule.kind}`);
  switch (obs.kind) {
    case 'scale5':
      return obs.rating * 20;
    case 'deduction':
      return Math.max(0, 100 - (rule.kind === 'deduction' ? rule.pointsPerOccurrence : 0) * obs.occurrences);
    case 'passFail':
      return obs.passed ? 100 : 0;
  }
}

export interface ScoredIndicator {
  indicator: Indicator;
  observation: Observation;
  score: number;
  /** score × indicator weight × dimension weight, in points of the post's 100. */
  contribution: number;
}

export interface PostScore {
  total: number;
  dimensions: { dimension: Dimension; weight: number; score: number; contribution: number }[];
  indicators: ScoredIndicator[];
}

/**
 * Post score = Σ over dimensions of (dimension weight / 100) × Σ over its indicators of (indicator weight / 100) × score.
 * With balanced weights the result lies between 0 and 100.
 */
export function postScore(post: Post, indicators: readonly Indicator[], observe: (i: Indicator) => Observation): PostScore {
  const scored: ScoredIndicator[] = [];
  const dimensions = DIMENSIONS.map((dimension) => {
    const weight = post.dimensionWeights[dimension];
    let score = 0;
    for (const indicator of indicatorsOf(indicators, post.id, dimension)) {
      const observation = observe(indicator);
      const s = indicatorScore(indicator.scoring, observation);
      score += (indicator.weight / 100) * s;
      scored.push({ indicator, observation, score: s, contribution: round2((weight / 100) * (indicator.weight / 100) * s) });
    }
    return { dimension, weight, score: round2(score), contribution: round2((weight / 100) * score) };
  });
  return { total: round2(dimensions.reduce((a, d) => a + (d.weight / 100) * d.score, 0)), dimensions, indicators: scored };
}

/** A plausible month for the worked example in the Word file: mostly good, one slip, so every rule shows its arithmetic. */
export function exampleObservation(indicator: Indicator, index: number): Observation {
  switch (indicator.scoring.kind) {
    case 'scale5':
      return { kind: 'scale5', rating: index % 3 === 0 ? 4 : 5 };
    case 'deduction':
      return { kind: 'deduction', occurrences: index % 2 === 0 ? 1 : 0 };
    case 'passFail':
      return { kind: 'passFail', passed: index % 4 !== 3 };
  }
}
