import { useMemo } from 'react';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { radarOption } from '../../../shared/charts/radar.ts';
import { percent } from '../../../shared/charts/format.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useStandardState } from '../../workshop/workshop-hooks.ts';
import { CHART_FONT, useEChart } from '../../components/use-echart.ts';
import { init } from './echarts.ts';
import './radar.css';

/** Every post's five dimension weights on one radar (SVG), resizing with its box, with the numbers as a table too. */
export function RadarView() {
  const { t, lang } = useUi();
  const state = useStandardState();
  const posts = state.posts;
  const boxRef = useEChart(init, useMemo(() => radarOption(posts, lang, CHART_FONT), [posts, lang]));

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
