import { useEffect, useRef } from 'react';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { radarOption } from '../../../shared/charts/radar.ts';
import { percent } from '../../../shared/charts/format.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useStandardState } from '../../workshop/workshop-hooks.ts';
import { init, type EChartsType } from './echarts.ts';
import './radar.css';

/** Matches theme.css, so the chart's Chinese renders in the same face as the page. */
const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Every post's five dimension weights on one radar (SVG), resizing with its box, with the numbers as a table too. */
export function RadarView() {
  const { t, lang } = useUi();
  const state = useStandardState();
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const posts = state.posts;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = init(box, null, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(radarOption(state.posts, lang, CHART_FONT), { notMerge: true });
  }, [state.posts, lang]);

  return (
    <div className="radar">
      {posts.length === 0 ? <p className="placeholder">{t('radar.empty')}</p> : null}
      <div ref={boxRef} className="radar-chart" role="img" aria-label={t('radar.label')} />
      <details className="radar-data">
        <summary>{t('radar.dataToggle')}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('radar.post')}</th>
                {DIMENSIONS.map((d) => (
                  <th key={d} scope="col">
                    {t(`dimension.${d}.name`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {posts.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  {DIMENSIONS.map((d) => (
                    <td key={d}>{percent(p.dimensionWeights[d])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
