import { useMemo } from 'react';
import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { CHART_FONT, useEChart } from '../../components/use-echart.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useNps } from '../activity-hooks.ts';
import { chartTextSize, npsDistributionOption } from '../charts.ts';
import { init } from '../echarts.ts';
import { useViewportWidth } from '../use-viewport-width.ts';

const pct = (n: number) => `${Math.round(n)}%`;

/** The live NPS: the score, the three shares, how many answered, and the 0–10 distribution. */
export function NpsResults({ poll }: { poll: Activity }) {
  const { t } = useUi();
  const size = chartTextSize(useViewportWidth());
  const r = useNps(poll.id);
  const chart = useEChart(init, useMemo(() => npsDistributionOption(r.distribution, CHART_FONT, size), [r.distribution, size]));
  return (
    <div className="act-nps">
      <div className="act-nps-figures" aria-live="polite">
        <p className="act-nps-score">
          <span>{t('activities.results.nps')}</span>
          <strong data-testid="activity-nps">{r.nps === null ? '—' : Math.round(r.nps)}</strong>
        </p>
        <dl className="act-nps-shares">
          <div className="band-promoter">
            <dt>{t('activities.results.promoters')}</dt>
            <dd data-testid="activity-promoters">{pct(r.promoterPct)}</dd>
          </div>
          <div className="band-passive">
            <dt>{t('activities.results.passives')}</dt>
            <dd data-testid="activity-passives">{pct(r.passivePct)}</dd>
          </div>
          <div className="band-detractor">
            <dt>{t('activities.results.detractors')}</dt>
            <dd data-testid="activity-detractors">{pct(r.detractorPct)}</dd>
          </div>
        </dl>
        <p className="act-count" data-testid="activity-count">
          {r.count ? t('activities.results.count', { count: r.count }) : t('activities.results.none')}
        </p>
      </div>
      <div ref={chart} className="act-chart act-nps-chart" role="img" aria-label={t('activities.results.chart')} />
    </div>
  );
}
