/** Percentile of a list of durations (ms), nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (n: number): string => `${n.toFixed(2)} ms`;

export const ratio = (value: number, baseline: number): string => `${(value / baseline).toFixed(2)}×`;
