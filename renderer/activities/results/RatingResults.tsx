import { useMemo } from 'react';
import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { CHART_FONT, useEChart } from '../../components/use-echart.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useRatingGaps } from '../activity-hooks.ts';
import { chartTextSize, gapRadarOption } from '../charts.ts';
import { init } from '../echarts.ts';
import { useViewportWidth } from '../use-viewport-width.ts';
import { formatScore, largestShortfall } from '../shortfall.ts';

/** A rating poll: expectation against perception per dimension on a radar, the gaps as a table, the worst called out. */
export function RatingResults({ poll }: { poll: Activity }) {
  const { t } = useUi();
  const size = chartTextSize(useViewportWidth());
  const gaps = useRatingGaps(poll);
  const words = useMemo(() => ({ expectation: t('activities.results.expectation'), perception: t('activities.results.perception') }), [t]);
  const chart = useEChart(init, useMemo(() => gapRadarOption(gaps, words, CHART_FONT, size), [gaps, words, size]));
  const worst = largestShortfall(gaps);
  const answered = Math.max(0, ...gaps.map((g) => g.answers));
  return (
    <div className="act-rating">
      <div ref={chart} className="act-chart act-radar" role="img" aria-label={t('activities.results.radar')} />
      <div className="act-rating-side">
        <p className={worst ? 'act-callout act-callout-bad' : 'act-callout'} data-testid="activity-shortfall" aria-live="polite">
          {worst ? t('activities.results.shortfall', { dimension: worst.dimension, gap: formatScore(worst.gap, true) }) : t('activities.results.noShortfall')}
        </p>
        <table className="act-gaps" data-testid="activity-gaps">
          <caption>{t('activities.results.gapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('activities.results.dimension')}</th>
              <th scope="col">{t('activities.results.expectation')}</th>
              <th scope="col">{t('activities.results.perception')}</th>
              <th scope="col">{t('activities.results.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.dimension} className={g === worst ? 'act-gap-worst' : undefined}>
                <th scope="row">{g.dimension}</th>
                <td>{formatScore(g.expectation)}</td>
                <td>{formatScore(g.perception)}</td>
                <td className={g.gap !== null && g.gap < 0 ? 'act-gap-negative' : undefined}>{formatScore(g.gap, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="act-count" data-testid="activity-count">
          {answered ? t('activities.results.count', { count: answered }) : t('activities.results.none')}
        </p>
      </div>
    </div>
  );
}
