import type { EChartsOption } from 'echarts';
import type { DimensionGap } from '../../../../../shared/deliverables/activities/view.ts';
import { RATING_MAX } from '../../../../../shared/deliverables/activities/schemas.ts';
import { SERIES_COLORS } from '../../../../../shared/charts/radar.ts';
import type { NpsResult } from '../../../../../shared/rules/nps.ts';

/** Detractor, passive, promoter: red, grey, green read as bad, neutral, good on paper and in grey print alike. */
const BAND_COLORS = { detractor: '#c92a2a', passive: '#868e96', promoter: '#2b8a3e' };
const BANDS = [
  { key: 'detractor', from: 0, to: 6 },
  { key: 'passive', from: 7, to: 8 },
  { key: 'promoter', from: 9, to: 10 },
] as const;

export interface NpsChartWords {
  score: string;
  answers: string;
  promoters: string;
  passives: string;
  detractors: string;
}

/**
 * How many gave each score 0–10, one bar per score coloured by its band (one series per band, so the legend names
 * them). Pure echarts option: the same definition can draw the screen's chart.
 */
export function npsDistributionOption(result: NpsResult, words: NpsChartWords, fontFamily?: string): EChartsOption {
  const names = { detractor: words.detractors, passive: words.passives, promoter: words.promoters };
  return {
    animation: false,
    textStyle: fontFamily ? { fontFamily } : {},
    // Room above the tallest bar for its count, clear of the legend.
    grid: { left: 72, right: 32, top: 96, bottom: 96 },
    legend: { top: 8, itemWidth: 28, itemHeight: 16, textStyle: { fontSize: 20 } },
    xAxis: {
      type: 'category',
      data: result.distribution.map((_, score) => String(score)),
      name: words.score,
      nameLocation: 'middle',
      nameGap: 40,
      nameTextStyle: { fontSize: 18 },
      axisLabel: { fontSize: 20 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: words.answers,
      nameTextStyle: { fontSize: 18 },
      axisLabel: { fontSize: 18 },
    },
    series: BANDS.map((band) => ({
      type: 'bar' as const,
      name: names[band.key],
      stack: 'scores',
      barWidth: '60%',
      itemStyle: { color: BAND_COLORS[band.key] },
      label: { show: true, position: 'top' as const, fontSize: 20, formatter: ({ value }: { value: unknown }) => (value ? String(value) : '') },
      data: result.distribution.map((n, score) => (score >= band.from && score <= band.to ? n : null)),
    })),
  };
}

export interface GapChartWords {
  expectation: string;
  perception: string;
}

/** A radar with room for a label under every axis needs three of them; with fewer the table says it all. */
export const gapRadarDrawable = (gaps: readonly DimensionGap[]): boolean => gaps.length >= 3;

/** Expectation and perception per dimension on one 0–7 radar: where the perception polygon falls inside, the room felt a shortfall. */
export function gapRadarOption(gaps: readonly DimensionGap[], words: GapChartWords, fontFamily?: string): EChartsOption {
  const values = (pick: (g: DimensionGap) => number | null) => gaps.map((g) => pick(g) ?? 0);
  return {
    animation: false,
    color: [SERIES_COLORS[0], SERIES_COLORS[1]],
    textStyle: fontFamily ? { fontFamily } : {},
    legend: { bottom: 8, itemWidth: 28, itemHeight: 16, textStyle: { fontSize: 20 }, data: [words.expectation, words.perception] },
    radar: {
      center: ['50%', '48%'],
      radius: '66%',
      splitNumber: RATING_MAX,
      axisName: { fontSize: 22, fontWeight: 'bold', color: '#222', width: 200, overflow: 'break' },
      axisNameGap: 12,
      // No scale on the axes: echarts would print it on every one; the perception points carry their values instead.
      axisLabel: { show: false },
      splitArea: { areaStyle: { color: ['#fafbfc', '#f1f3f5'] } },
      indicator: gaps.map((g) => ({ name: g.dimension, min: 0, max: RATING_MAX })),
    },
    series: [
      {
        type: 'radar',
        symbolSize: 8,
        data: [
          { name: words.expectation, value: values((g) => g.expectation), lineStyle: { width: 3, type: 'dashed' }, areaStyle: { opacity: 0.06 } },
          {
            name: words.perception,
            value: values((g) => g.perception),
            lineStyle: { width: 3 },
            areaStyle: { opacity: 0.18 },
            label: { show: true, fontSize: 18, fontWeight: 'bold', color: SERIES_COLORS[1], backgroundColor: '#ffffff', padding: [1, 3], formatter: ({ value }: { value: unknown }) => Number(value).toFixed(1) },
          },
        ],
      },
    ],
  };
}
