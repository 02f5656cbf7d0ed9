import { useMemo } from 'react';
import { roundScoresOption } from '../../../shared/charts/roleplay-scores.ts';
import type { RoundView } from '../../../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, PRINCIPLES } from '../../../shared/deliverables/playbook/vocabulary.ts';
import { playbookWords } from '../../../shared/deliverables/playbook/words.ts';
import { useUi } from '../../i18n/useUi.ts';
import { CHART_FONT, useEChart } from '../../components/use-echart.ts';
import { init } from './echarts.ts';

/** The round's mean per CLEAR step and principle (the same chart the Word file carries), with the numbers as a table. */
export function ScoreChart({ round }: { round: RoundView }) {
  const { t, lang } = useUi();
  const words = playbookWords(lang);
  const boxRef = useEChart(
    init,
    useMemo(() => roundScoresOption(round, lang, { meanLabel: t('playbook.mean') }, CHART_FONT), [round, lang, t]),
  );

  const mean = (m: number | null) => (m === null ? '—' : m.toFixed(1));
  return (
    <div className="score-chart">
      <div ref={boxRef} className="score-chart-box" role="img" aria-label={t('playbook.chartLabel')} />
      <table className="data-table score-means">
        <caption className="sr-only">{t('playbook.chartLabel')}</caption>
        <thead>
          <tr>
            {CLEAR_STEPS.map((s) => (
              <th key={s} scope="col">
                {words.step[s].letter} {words.step[s].name}
              </th>
            ))}
            {PRINCIPLES.map((p) => (
              <th key={p} scope="col">
                {words.principle[p].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {CLEAR_STEPS.map((s) => (
              <td key={s}>{mean(round.scores.steps[s].mean)}</td>
            ))}
            {PRINCIPLES.map((p) => (
              <td key={p}>{mean(round.scores.principles[p].mean)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
