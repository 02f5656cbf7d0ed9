import { useEffect, useRef } from 'react';
import { emotionCurveOption, emotionPoints } from '../../shared/charts/emotion-curve.ts';
import type { JourneyView } from '../../shared/deliverables/journey/view.ts';
import { useUi } from '../i18n/useUi.ts';
import { init, type EChartsType } from './echarts.ts';

const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The customer's emotion across the journey, peak and end marked; clicking a point opens that moment. */
export function EmotionCurve({ view, selectedId, onEdit }: { view: JourneyView; selectedId: string | null; onEdit(id: string): void }) {
  const { t, lang } = useUi();
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const points = emotionPoints(view, lang);
  const pointsRef = useRef(points);
  pointsRef.current = points;
  const editRef = useRef(onEdit);
  editRef.current = onEdit;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = init(box, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (e) => {
      const id = pointsRef.current[e.dataIndex as number]?.id;
      if (id) editRef.current(id);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  const selectedIndex = points.findIndex((p) => p.id === selectedId);
  useEffect(() => {
    chartRef.current?.setOption(emotionCurveOption(view, lang, CHART_FONT, { selectedIndex: selectedIndex >= 0 ? selectedIndex : undefined }), { notMerge: true });
  }, [view, lang, selectedIndex]);

  return (
    <section className="journey-curve" aria-label={t('journey.curve')}>
      <h3>{t('journey.curve')}</h3>
      {points.length === 0 ? <p className="placeholder">{t('journey.curveEmpty')}</p> : null}
      <div ref={boxRef} className="journey-curve-chart" role="img" aria-label={t('journey.curveLabel')} hidden={points.length === 0} />
    </section>
  );
}
