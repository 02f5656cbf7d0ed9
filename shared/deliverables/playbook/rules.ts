import { CLEAR_STEPS, PRINCIPLES, type ClearStep, type Principle } from './vocabulary.ts';
import { LineText, type ScoreSheet, type TierFields } from './schemas.ts';

type TierLike = Pick<TierFields, 'minAmount' | 'maxAmount'> & { id: string };

/** Tiers from the smallest amounts to the largest: the order the matrix is read in, whatever order they were added. */
export const orderTiers = <T extends TierLike>(tiers: readonly T[]): T[] =>
  [...tiers].sort((a, b) => a.minAmount - b.minAmount || a.maxAmount - b.maxAmount || (a.id < b.id ? -1 : 1));

export interface TierProblem {
  tierId: string;
  field: 'minAmount' | 'maxAmount';
  rule: 'negative' | 'minAboveMax' | 'tierOverlap';
}

/**
 * The first thing wrong with a playbook's tiers, or null. Each tier covers amounts from its minimum up to and
 * including its maximum; two tiers may meet at a boundary (0–200, 200–1000) but not share a stretch, so for any
 * amount it is clear who may offer it.
 */
export function tierProblem(tiers: readonly TierLike[]): TierProblem | null {
  for (const t of tiers) {
    if (t.minAmount < 0) return { tierId: t.id, field: 'minAmount', rule: 'negative' };
    if (t.maxAmount < 0) return { tierId: t.id, field: 'maxAmount', rule: 'negative' };
    if (t.minAmount > t.maxAmount) return { tierId: t.id, field: 'maxAmount', rule: 'minAboveMax' };
  }
  const ordered = orderTiers(tiers);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].minAmount < ordered[i - 1].maxAmount) return { tierId: ordered[i].id, field: 'minAmount', rule: 'tierOverlap' };
  }
  return null;
}

/** The lowest tier allowed to offer `amount`, or undefined when it is above every tier (management decides). */
export const tierFor = <T extends TierLike>(tiers: readonly T[], amount: number): T | undefined =>
  orderTiers(tiers).find((t) => amount >= t.minAmount && amount <= t.maxAmount);

/** Why a script line would be refused ('required' when empty, 'tooLong' when oversized), or null when it is fine. */
export function lineProblem(text: string): 'required' | 'tooLong' | null {
  const parsed = LineText.safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0].message as 'required' | 'tooLong');
}

export interface Mean {
  mean: number | null;
  count: number;
}

export interface RoundScores {
  steps: Record<ClearStep, Mean>;
  principles: Record<Principle, Mean>;
  /** Mean of all step and principle scores of every sheet. */
  overall: Mean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const meanOf = (values: number[]): Mean => ({
  mean: values.length ? round2(values.reduce((s, v) => s + v, 0) / values.length) : null,
  count: values.length,
});

/** The observers' sheets of one round, averaged per CLEAR step, per principle and overall (two decimals). */
export function aggregateScores(sheets: readonly Pick<ScoreSheet, 'steps' | 'principles'>[]): RoundScores {
  const steps = Object.fromEntries(CLEAR_STEPS.map((s) => [s, meanOf(sheets.map((x) => x.steps[s]))])) as Record<ClearStep, Mean>;
  const principles = Object.fromEntries(PRINCIPLES.map((p) => [p, meanOf(sheets.map((x) => x.principles[p]))])) as Record<Principle, Mean>;
  const all = sheets.flatMap((x) => [...CLEAR_STEPS.map((s) => x.steps[s]), ...PRINCIPLES.map((p) => x.principles[p])]);
  return { steps, principles, overall: meanOf(all) };
}
