import { describe, expect, it } from 'vitest';
import { completeRatings } from './rating-draft.ts';

describe('a rating poll answer', () => {
  it('sends only the dimensions rated on both sides, in order', () => {
    expect(completeRatings({ 2: { expectation: 6, perception: 4 }, 0: { expectation: 7 }, 1: { expectation: 5, perception: 5 } }, 5)).toEqual([
      { dimension: 1, expectation: 5, perception: 5 },
      { dimension: 2, expectation: 6, perception: 4 },
    ]);
  });

  it('ignores ratings for dimensions the poll does not have', () => {
    expect(completeRatings({ 7: { expectation: 1, perception: 1 } }, 5)).toEqual([]);
  });
});
