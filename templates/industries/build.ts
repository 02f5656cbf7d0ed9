import { DIMENSIONS, type Dimension } from '../../shared/domain/dimensions.ts';
import type { IndicatorTemplate, PostType } from '../../shared/domain/library.ts';
import type { CycleKey, DataSourceKey, ScoringRule } from '../../shared/domain/standard.ts';

/**
 * One suggested indicator written as a row, so an industry file reads like the table a manager signs:
 * slug, name (zh, en), description (zh, en), weight, scoring rule, data source, cycle.
 */
export type Row = [
  slug: string,
  nameZh: string,
  nameEn: string,
  descriptionZh: string,
  descriptionEn: string,
  weight: number,
  scoring: ScoringRule,
  dataSource: DataSourceKey,
  cycle: CycleKey,
];

export const SCALE5: ScoringRule = { kind: 'scale5' };
export const PASS_FAIL: ScoringRule = { kind: 'passFail' };
export const deduct = (pointsPerOccurrence: number): ScoringRule => ({ kind: 'deduction', pointsPerOccurrence });

/**
 * A post's suggestions in course order of the dimensions. Ids are `<prefix>-<dimension>-<slug>` and stay stable:
 * stored workshops and tests may refer to them, so reword freely but never rename a slug.
 */
export function postTemplates(postType: PostType, prefix: string, rows: Record<Dimension, Row[]>): IndicatorTemplate[] {
  return DIMENSIONS.flatMap((dimension) =>
    rows[dimension].map(([slug, nameZh, nameEn, descriptionZh, descriptionEn, weight, scoring, dataSource, cycle]) => ({
      id: `${prefix}-${dimension}-${slug}`,
      postType,
      dimension,
      name: { 'zh-CN': nameZh, en: nameEn },
      description: { 'zh-CN': descriptionZh, en: descriptionEn },
      weight,
      scoring,
      dataSource,
      cycle,
    })),
  );
}
