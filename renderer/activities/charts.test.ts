import { describe, expect, it } from 'vitest';
import { npsOf } from '../../shared/rules/nps.ts';
import { BAND_COLOURS, chartTextSize, gapRadarOption, npsDistributionOption } from './charts.ts';

type Bar = { value: number; itemStyle: { color: string } };

describe('the NPS distribution chart', () => {
  it('has one bar per score 0–10 with its count, coloured by band', () => {
    const option = npsDistributionOption(npsOf([10, 9, 9, 7, 3]).distribution, 'sans-serif') as { series: { data: Bar[] }[]; xAxis: { data: string[] } };
    const bars = option.series[0]!.data;
    expect(option.xAxis.data).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(bars.map((b) => b.value)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 1]);
    expect([bars[6]!.itemStyle.color, bars[7]!.itemStyle.color, bars[9]!.itemStyle.color]).toEqual([BAND_COLOURS.detractor, BAND_COLOURS.passive, BAND_COLOURS.promoter]);
  });
});

describe('the expectation-vs-perception radar', () => {
  it('draws both lines over the poll’s dimensions on the 1–7 scale', () => {
    const option = gapRadarOption(
      [
        { dimension: '有形度', expectation: 6, perception: 5, gap: -1, answers: 2 },
        { dimension: '反应度', expectation: null, perception: null, gap: null, answers: 0 },
      ],
      { expectation: '期望', perception: '感知' },
      'sans-serif',
    ) as { radar: { indicator: { name: string; min: number; max: number }[] }; series: { data: { name: string; value: number[] }[] }[] };
    expect(option.radar.indicator).toEqual([
      { name: '有形度', min: 1, max: 7 },
      { name: '反应度', min: 1, max: 7 },
    ]);
    expect(option.series[0]!.data.map((d) => [d.name, d.value])).toEqual([
      ['期望', [6, 1]],
      ['感知', [5, 1]],
    ]);
  });
});

describe('chart text on the projector', () => {
  it('is 22 px at 1280 wide, larger at 1920, and stops growing', () => {
    expect(chartTextSize(1280)).toBe(22);
    expect(chartTextSize(1920)).toBe(33);
    expect(chartTextSize(3840)).toBe(36);
  });
});
