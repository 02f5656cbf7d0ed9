import { describe, expect, it } from 'vitest';
import { decayed, peakEnd } from './peak-end.ts';

describe('concept rules', () => {
  it('remembers a stay by its strongest moment and its end, not by the average', () => {
    const r = peakEnd([1, -2, 1, 5, 0, 3])!;
    expect([r.peakIndex, r.endIndex, r.remembered]).toEqual([3, 5, 4]);
    expect(r.average).toBeCloseTo(8 / 6);
    // A bad moment can be the peak too.
    expect(peakEnd([1, -4, 2])!.peakIndex).toBe(1);
    expect(peakEnd([])).toBeNull();
  });

  it('decays 99% service over three hand-offs to about 97%', () => {
    expect(decayed(0.99, 3)).toBeCloseTo(0.9703, 4);
    expect(decayed(0.9, 1)).toBe(0.9);
  });
});
