/** How a stay is remembered under the peak-end rule: the mean of its most intense moment and its last one. */
export function peakEnd(feelings: readonly number[]): { peakIndex: number; endIndex: number; remembered: number; average: number } | null {
  if (feelings.length === 0) return null;
  let peakIndex = 0;
  feelings.forEach((f, i) => {
    if (Math.abs(f) > Math.abs(feelings[peakIndex]!)) peakIndex = i;
  });
  const endIndex = feelings.length - 1;
  return {
    peakIndex,
    endIndex,
    remembered: (feelings[peakIndex]! + feelings[endIndex]!) / 2,
    average: feelings.reduce((a, b) => a + b, 0) / feelings.length,
  };
}

/** Satisfaction left after `steps` hand-offs that each keep `quality` (0–1) of it: 0.99³ ≈ 0.97. */
export const decayed = (quality: number, steps: number): number => quality ** steps;
