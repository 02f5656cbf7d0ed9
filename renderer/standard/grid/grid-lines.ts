import { DIMENSIONS, type Dimension } from '../../../shared/domain/dimensions.ts';
import type { Indicator } from '../../../shared/domain/standard.ts';

/** A row of the grid: an indicator, or the stand-in of a dimension that has none yet (so it can be reached and filled). */
export type GridLine =
  | { kind: 'indicator'; id: string; dimension: Dimension; indicator: Indicator; n: number; first: boolean }
  | { kind: 'empty'; id: string; dimension: Dimension };

/** The post's indicators in course dimension order (each dimension's in their own order, as `indicators` come). */
export function gridLines(indicators: readonly Indicator[]): GridLine[] {
  return DIMENSIONS.flatMap((dimension): GridLine[] => {
    const own = indicators.filter((i) => i.dimension === dimension);
    if (own.length === 0) return [{ kind: 'empty', id: `empty-${dimension}`, dimension }];
    return own.map((indicator, i) => ({ kind: 'indicator', id: indicator.id, dimension, indicator, n: i + 1, first: i === 0 }));
  });
}
