import { describe, expect, it } from 'vitest';
import { aggregateScores, lineProblem, orderTiers, tierFor, tierProblem } from './rules.ts';
import { Score } from './schemas.ts';
import { CLEAR_STEPS, PLAYBOOK_LIMITS, PRINCIPLES } from './vocabulary.ts';

const tier = (id: string, minAmount: number, maxAmount: number) => ({ id, minAmount, maxAmount });

describe('authorization tiers', () => {
  it('accepts tiers that meet at a boundary, in any order they were added', () => {
    expect(tierProblem([tier('t3', 1000, 5000), tier('t1', 0, 200), tier('t2', 200, 1000)])).toBeNull();
    expect(orderTiers([tier('t3', 1000, 5000), tier('t1', 0, 200), tier('t2', 200, 1000)]).map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });

  it('refuses a negative amount', () => {
    expect(tierProblem([tier('t1', -50, 200)])).toEqual({ tierId: 't1', field: 'minAmount', rule: 'negative' });
    expect(tierProblem([tier('t1', 0, -1)])).toMatchObject({ rule: 'negative', field: 'maxAmount' });
  });

  it('refuses an upper amount below the lower one', () => {
    expect(tierProblem([tier('t1', 500, 200)])).toEqual({ tierId: 't1', field: 'maxAmount', rule: 'minAboveMax' });
  });

  it('refuses overlapping ranges and names the later tier', () => {
    expect(tierProblem([tier('a', 0, 300), tier('b', 200, 1000)])).toEqual({ tierId: 'b', field: 'minAmount', rule: 'tierOverlap' });
    // One range inside another overlaps too, whichever was added first.
    expect(tierProblem([tier('big', 0, 5000), tier('small', 100, 200)])).toMatchObject({ rule: 'tierOverlap' });
  });

  it('finds the lowest tier that may offer an amount, and none above every tier', () => {
    const tiers = [tier('lead', 200, 1000), tier('front', 0, 200)];
    expect(tierFor(tiers, 150)?.id).toBe('front');
    expect(tierFor(tiers, 200)?.id).toBe('front');
    expect(tierFor(tiers, 201)?.id).toBe('lead');
    expect(tierFor(tiers, 1001)).toBeUndefined();
  });
});

describe('script lines', () => {
  it('refuses empty and whitespace-only lines, and lines over the limit', () => {
    expect(lineProblem('')).toBe('required');
    expect(lineProblem('   ')).toBe('required');
    expect(lineProblem('好'.repeat(PLAYBOOK_LIMITS.lineText + 1))).toBe('tooLong');
    expect(lineProblem('好'.repeat(PLAYBOOK_LIMITS.lineText))).toBeNull();
    expect(lineProblem('您先别着急，我马上帮您查。')).toBeNull();
  });
});

const sheet = (step: number, principle: number) => ({
  steps: Object.fromEntries(CLEAR_STEPS.map((s) => [s, step])) as Record<(typeof CLEAR_STEPS)[number], number>,
  principles: Object.fromEntries(PRINCIPLES.map((p) => [p, principle])) as Record<(typeof PRINCIPLES)[number], number>,
});

describe('role-play scores', () => {
  it('takes whole scores from 1 to 5 only', () => {
    for (const bad of [0, 6, 2.5, -1, Number.NaN]) expect(Score.safeParse(bad).success).toBe(false);
    for (const good of [1, 3, 5]) expect(Score.safeParse(good).success).toBe(true);
  });

  it('averages per CLEAR step, per principle and overall', () => {
    const a = sheet(4, 5);
    const b = { ...sheet(2, 3), steps: { ...sheet(2, 3).steps, apologize: 5 } };
    const c = sheet(3, 4);
    const result = aggregateScores([a, b, c]);
    expect(result.steps.control).toEqual({ mean: 3, count: 3 });
    expect(result.steps.apologize).toEqual({ mean: 4, count: 3 });
    expect(result.principles.thank).toEqual({ mean: 4, count: 3 });
    // (4·5 + 5·5) + (2·4 + 5 + 3·5) + (3·5 + 4·5) = 45 + 28 + 35 = 108 over 30 scores.
    expect(result.overall).toEqual({ mean: 3.6, count: 30 });
  });

  it('rounds means to two decimals and has no mean without sheets', () => {
    expect(aggregateScores([sheet(1, 1), sheet(1, 1), sheet(2, 2)]).steps.listen.mean).toBe(1.33);
    expect(aggregateScores([]).steps.resolve).toEqual({ mean: null, count: 0 });
  });
});
