import type { EChartsOption } from 'echarts';
import { DIMENSIONS } from '../domain/dimensions.ts';
import { byOrder } from '../core/order.ts';
import type { Post } from '../domain/standard.ts';
import type { Language } from '../domain/workshop.ts';
import { domainResources } from '../i18n/resources.ts';

/** Colours that stay apart on a washed-out projector and in a black-and-white print (dark to light). */
export const SERIES_COLORS = ['#1f5fa8', '#d9480f', '#2b8a3e', '#7048e8', '#c2255c', '#0c8599', '#e67700', '#495057'];

export interface RadarOptions {
  /** Off for images and tests so the same state always gives the same picture. */
  animation?: boolean;
}

/** Axis top: the largest weight rounded up to a multiple of 10, never below 40 so small weights still read as small. */
export function radarMax(posts: readonly Post[]): number {
  const largest = Math.max(0, ...posts.flatMap((p) => DIMENSIONS.map((d) => p.dimensionWeights[d])));
  return Math.max(40, Math.ceil(largest / 10) * 10);
}

/** Dimension weights of every post on one radar, one coloured polygon per post. */
export function radarOption(posts: Post[], lang: Language, fontFamily?: string, opts: RadarOptions = {}): EChartsOption {
  const words = domainResources[lang].dimension;
  const max = radarMax(posts);
  const ordered = [...posts].sort(byOrder);
  return {
    animation: opts.animation ?? false,
    color: SERIES_COLORS,
    textStyle: fontFamily ? { fontFamily } : {},
    legend: {
      bottom: 8,
      type: 'plain',
      itemWidth: 28,
      itemHeight: 16,
      textStyle: { fontSize: 20 },
      data: ordered.map((p) => p.name),
    },
    tooltip: { trigger: 'item' },
    radar: {
      center: ['50%', '47%'],
      radius: '66%',
      splitNumber: 4,
      axisName: { fontSize: 22, fontWeight: 'bold', color: '#222' },
      axisNameGap: 12,
      // The scale on the axes, so the shape can be read as numbers (echarts labels every axis or none: kept small
      // and grey so the polygons stay in front).
      axisLabel: { show: true, fontSize: 14, color: '#5c6470', formatter: (v: number) => (v ? `${v}%` : '') },
      splitArea: { areaStyle: { color: ['#fafbfc', '#f1f3f5'] } },
      indicator: DIMENSIONS.map((d) => ({ name: words[d].name, max, min: 0 })),
    },
    // One series per post so the UI can show, hide and highlight a post by series.
    series: ordered.map((p) => ({
      type: 'radar',
      name: p.name,
      symbolSize: 8,
      lineStyle: { width: 3 },
      areaStyle: { opacity: 0.12 },
      // Values on the points only when one post is shown; with several they overprint each other.
      label: { show: ordered.length === 1, fontSize: 18, formatter: '{c}%' },
      data: [{ name: p.name, value: DIMENSIONS.map((d) => p.dimensionWeights[d]) }],
    })),
  };
}
