import { useMemo, useRef } from 'react';
import { emotionCurveOption, emotionPoints } from '../../shared/charts/emotion-curve.ts';
import type { JourneyView } from '../../shared/deliverables/journey/view.ts';
import { useUi } from '../i18n/useUi.ts';
import { CHART_FONT, useEChart } from '../components/use-echart.ts';
import { init } from './echarts.ts';

/** The customer's emotion across the journey, peak and end marked; clicking a point opens that moment. */
export function EmotionCurve({ view, selectedId, onEdit }: { view: JourneyView; selectedId: string | null; onEdit(id: string): void }) {
  const { t, lang } = useUi();
  const points = emotionPoints(view, lang);
  const pointsRef = useRef(points);
  pointsRef.current = points;
  const editRef = useRef(onEdit);
  editRef.current = onEdit;

  const selectedIndex = points.findIndex((p) => p.id === selectedId);
  const option = useMemo(
    () => emotionCurveOption(view, lang, CHART_FONT, { selectedIndex: selectedIndex >= 0 ? selectedIndex : undefined }),
    [view, lang, selectedIndex],
  );
  const boxRef = useEChart(init, option, (chart) =>
    chart.on('click', (e) => {
      const id = pointsRef.current[e.dataIndex as number]?.id;
      if (id) editRef.current(id);
    }),
  );

  return (
    <section className="journey-curve" aria-label={t('journey.curve')}>
      <h3>{t('journey.curve')}</h3>
      {points.length === 0 ? <p className="placeholder">{t('journey.curveEmpty')}</p> : null}
      <div ref={boxRef} className="journey-curve-chart" role="img" aria-label={t('journey.curveLabel')} hidden={points.length === 0} />
    </section>
  );
}
