import type { DimensionGap } from '../../shared/deliverables/activities/view.ts';

/** The dimension where perception falls furthest below expectation, or null when none falls short. */
export function largestShortfall(gaps: readonly DimensionGap[]): DimensionGap | null {
  let worst: DimensionGap | null = null;
  for (const g of gaps) if (g.gap !== null && g.gap < 0 && (worst === null || g.gap < worst.gap!)) worst = g;
  return worst;
}

/** A mean or a gap as the room reads it: one decimal, a real minus sign, a plus on a positive gap. */
export function formatScore(n: number | null, signed = false): string {
  if (n === null) return '—';
  const fixed = Math.abs(n).toFixed(1);
  if (fixed === '0.0') return '0.0';
  return n < 0 ? `−${fixed}` : signed ? `+${fixed}` : fixed;
}
