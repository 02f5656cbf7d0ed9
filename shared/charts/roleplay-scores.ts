import type { EChartsOption } from 'echarts';
import type { RoundView } from '../deliverables/playbook/view.ts';
import { CLEAR_STEPS, PRINCIPLES, SCORE_MAX } from '../deliverables/playbook/vocabulary.ts';
import { playbookWords } from '../deliverables/playbook/words.ts';
import type { Language } from '../domain/workshop.ts';
import { SERIES_COLORS } from './radar.ts';

export interface ScoreChartOptions {
  animation?: boolean;
  /** The localized word for the mean series ("平均" / "Mean"): the chart has no UI strings of its own. */
  meanLabel: string;
}

/**
 * A role-play round's scores as bars: the observers' mean for each CLEAR step, then each principle, with every
 * observer's own score as a dot on the bar so the spread of opinion shows. The same definition draws the screen's
 * chart (echarts in the browser) and any picture made in Node.
 */
export function roundScoresOption(view: RoundView, lang: Language, opts: ScoreChartOptions, fontFamily?: string): EChartsOption {
  const words = playbookWords(lang);
  const categories = [...CLEAR_STEPS.map((s) => `${words.step[s].letter} ${words.step[s].name}`), ...PRINCIPLES.map((p) => words.principle[p].name)];
  const means = [...CLEAR_STEPS.map((s) => view.scores.steps[s].mean), ...PRINCIPLES.map((p) => view.scores.principles[p].mean)];
  return {
    animation: opts.animation ?? false,
    color: SERIES_COLORS,
    textStyle: fontFamily ? { fontFamily } : {},
    grid: { left: 48, right: 24, top: 56, bottom: 96 },
    legend: { top: 8, textStyle: { fontSize: 18 } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: categories, axisLabel: { fontSize: 18, interval: 0, rotate: 30 } },
    yAxis: { type: 'value', min: 0, max: SCORE_MAX, interval: 1, axisLabel: { fontSize: 16 } },
    series: [
      {
        type: 'bar',
        name: opts.meanLabel,
        barWidth: '50%',
        // Steps and principles in two shades so the two checklists read as two groups.
        data: means.map((value, i) => ({ value, itemStyle: { color: i < CLEAR_STEPS.length ? SERIES_COLORS[0] : SERIES_COLORS[2] } })),
        label: { show: true, position: 'top', fontSize: 18, formatter: ({ value }) => (value == null ? '' : Number(value).toFixed(1)) },
      },
      ...view.sheets.map((sheet, n) => ({
        type: 'scatter' as const,
        name: sheet.observer,
        symbolSize: 12,
        itemStyle: { color: SERIES_COLORS[(n + 3) % SERIES_COLORS.length] },
        data: [...CLEAR_STEPS.map((s) => sheet.steps[s]), ...PRINCIPLES.map((p) => sheet.principles[p])],
      })),
    ],
  };
}
