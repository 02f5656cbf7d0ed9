import type { EChartsCoreOption } from 'echarts/core';
import type { DimensionGap } from '../../shared/deliverables/activities/view.ts';
import { RATING_MAX, RATING_MIN } from '../../shared/deliverables/activities/schemas.ts';

/** The NPS bands' colours, the same as the course's NPS calculator: dark enough to survive a washed-out projector. */
export const BAND_COLOURS = { detractor: '#b3171f', passive: '#8a6d00', promoter: '#1c6b2e' } as const;

export const bandOf = (score: number): keyof typeof BAND_COLOURS => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

/** Large labels, read from the back of the room: 22 px on a 1280-wide projector, growing with a wider one. */
export const chartTextSize = (viewportWidth: number): number => Math.round(Math.min(36, Math.max(22, viewportWidth / 58)));

/** How many answers gave each score 0–10, one bar per score in its band's colour, the count on top of each bar. */
export function npsDistributionOption(distribution: readonly number[], font: string, size = chartTextSize(1280)): EChartsCoreOption {
  return {
    animation: false,
    textStyle: { fontFamily: font },
    grid: { left: size * 2.2, right: 16, top: size * 1.8, bottom: size * 1.8 },
    xAxis: { type: 'category', data: distribution.map((_, score) => String(score)), axisLabel: { fontSize: size, color: '#111418' }, axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: size - 4, color: '#3d444d' } },
    series: [
      {
        type: 'bar',
        data: distribution.map((n, score) => ({ value: n, itemStyle: { color: BAND_COLOURS[bandOf(score)] } })),
        label: { show: true, position: 'top', fontSize: size, fontWeight: 'bold', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
        barCategoryGap: '20%',
      },
    ],
  };
}

export interface RadarWords {
  expectation: string;
  perception: string;
}

/** Expectation against perception per dimension on one radar (the SERVQUAL gap is the space between the two lines). */
export function gapRadarOption(gaps: readonly DimensionGap[], words: RadarWords, font: string, size = chartTextSize(1280)): EChartsCoreOption {
  const values = (pick: (g: DimensionGap) => number | null) => gaps.map((g) => pick(g) ?? RATING_MIN);
  return {
    animation: false,
    textStyle: { fontFamily: font },
    color: ['#0b4fa8', '#b3171f'],
    legend: { bottom: 0, textStyle: { fontSize: size, color: '#111418' }, itemWidth: size * 1.6, itemHeight: size * 0.8, data: [words.expectation, words.perception] },
    radar: {
      radius: '68%',
      center: ['50%', '47%'],
      indicator: gaps.map((g) => ({ name: g.dimension, min: RATING_MIN, max: RATING_MAX })),
      axisName: { fontSize: size, color: '#111418', fontWeight: 'bold' },
      splitNumber: RATING_MAX - RATING_MIN,
    },
    series: [
      {
        type: 'radar',
        symbolSize: 10,
        lineStyle: { width: 4 },
        data: [
          { name: words.expectation, value: values((g) => g.expectation), lineStyle: { type: 'dashed', width: 4 } },
          { name: words.perception, value: values((g) => g.perception), areaStyle: { opacity: 0.15 } },
        ],
      },
    ],
  };
}
