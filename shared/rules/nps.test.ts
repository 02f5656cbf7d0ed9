import { describe, expect, it } from 'vitest';
import { npsOf, parseScores } from './nps.ts';

describe('NPS', () => {
  it('is % promoters (9–10) minus % detractors (0–6); passives (7–8) count only in the total', () => {
    const r = npsOf([10, 9, 9, 8, 7, 6, 0, 10, 3, 9]);
    expect([r.promoters, r.passives, r.detractors]).toEqual([5, 2, 3]);
    expect(r.nps).toBe(20);
    expect(r.distribution).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 1, 3, 2]);
  });

  it('ranges from −100 to +100 and has no value without answers', () => {
    expect(npsOf([0, 6, 5]).nps).toBe(-100);
    expect(npsOf([9, 10]).nps).toBe(100);
    expect(npsOf([7, 8]).nps).toBe(0);
    expect(npsOf([]).nps).toBeNull();
  });

  it('reads scores pasted from a spreadsheet column or typed with Chinese commas, and names what it cannot read', () => {
    expect(parseScores('10\n9\r\n 8\t7')).toEqual({ scores: [10, 9, 8, 7], rejected: [] });
    expect(parseScores('9，10、3；11 -1 7.5 abc')).toEqual({ scores: [9, 10, 3], rejected: ['11', '-1', '7.5', 'abc'] });
  });
});
