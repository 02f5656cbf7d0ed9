import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/workshop.ts';
import { peakEnd } from '../deliverables/journey/peak-end.ts';
import { journeySequence, type JourneyView } from '../deliverables/journey/view.ts';
import { journeyWords } from '../deliverables/journey/words.ts';

const LINE = '#1f5fa8';
const PEAK = '#2b8a3e';
const END = '#d9480f';
const BAND = ['rgba(31,95,168,0.06)', 'rgba(31,95,168,0.13)'];

export interface EmotionCurveOptions {
  animation?: boolean;
  /** Points 0-based into the sequence that the UI highlights (the selected card). */
  selectedIndex?: number;
}

/** The points of the curve: one per moment in journey order, labelled by touchpoint (or "Moment n" when unnamed). */
export function emotionPoints(view: JourneyView, lang: Language): { id: string; label: string; emotion: number }[] {
  const words = journeyWords(lang);
  return journeySequence(view).map((c, i) => ({ id: c.id, label: c.touchpoint || words.untitled(i + 1), emotion: c.emotion }));
}

/**
 * The emotion curve across the stages (one band per stage, named above it), with the peak and the end marked as the
 * peak-end rule reads them. Same definition for the screen (echarts in the browser) and the Word file (SSR to PNG).
 */
export function emotionCurveOption(view: JourneyView, lang: Language, fontFamily?: string, opts: EmotionCurveOptions = {}): EChartsOption {
  const words = journeyWords(lang);
  const points = emotionPoints(view, lang);
  const { peak, end } = peakEnd(view);
  const index = new Map(points.map((p, i) => [p.id, i]));
  const bands: { name: string; from: number; to: number }[] = [];
  let at = 0;
  for (const { stage, cards } of view.stages) {
    if (cards.length) bands.push({ name: stage.name, from: at, to: at + cards.length - 1 });
    at += cards.length;
  }
  const mark = (name: string, color: string, i: number | undefined) =>
    i === undefined
      ? []
      : [{ name, coord: [i, points[i].emotion], value: name, itemStyle: { color }, label: { color: '#fff', fontSize: 16, fontWeight: 'bold' as const } }];
  return {
    animation: opts.animation ?? false,
    textStyle: fontFamily ? { fontFamily } : {},
    grid: { left: 64, right: 32, top: 72, bottom: 110 },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.label),
      boundaryGap: true,
      axisLabel: { interval: 0, rotate: points.length > 8 ? 35 : 0, fontSize: 16, width: 140, overflow: 'truncate' },
    },
    yAxis: {
      type: 'value',
      min: -3,
      max: 3,
      interval: 1,
      name: words.emotion,
      nameTextStyle: { fontSize: 16 },
      axisLabel: { fontSize: 16, formatter: (v: number) => (v > 0 ? `+${v}` : String(v)) },
    },
    series: [
      {
        type: 'line',
        name: words.emotion,
        data: points.map((p, i) => ({ value: p.emotion, symbolSize: i === opts.selectedIndex ? 22 : 12 })),
        smooth: 0.3,
        lineStyle: { width: 4, color: LINE },
        itemStyle: { color: LINE },
        markPoint: {
          symbolSize: 64,
          data: [...mark(words.peak, PEAK, peak ? index.get(peak.id) : undefined), ...mark(words.end, END, end && end !== peak ? index.get(end.id) : undefined)],
        },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: '#868e96', type: 'dashed' }, data: [{ yAxis: 0 }], label: { show: false } },
        markArea: {
          silent: true,
          label: { position: 'top', fontSize: 18, fontWeight: 'bold', color: '#212529' },
          data: bands.map((b, i) => [
            { name: b.name, xAxis: b.from, itemStyle: { color: BAND[i % 2] } },
            { xAxis: b.to },
          ]) as never,
        },
      },
    ],
  };
}
