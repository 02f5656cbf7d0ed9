import { describe, expect, it } from 'vitest';
import { blankCard, type Card } from '../deliverables/journey/schemas.ts';
import type { JourneyView } from '../deliverables/journey/view.ts';
import { emotionCurveOption, emotionPoints } from './emotion-curve.ts';

const card = (id: string, emotion: number, touchpoint = ''): Card => ({
  ...blankCard(touchpoint),
  id,
  artifactId: 'journey-0001',
  stageId: 'stage-0001',
  order: 'a0',
  emotion,
});
const view: JourneyView = {
  artifactId: 'journey-0001',
  stages: [
    { stage: { id: 'stage-0001', artifactId: 'journey-0001', name: '成交', order: 'a0' }, cards: [card('card-a000', 1, '签约'), card('card-b000', 3, '贺卡')] },
    { stage: { id: 'stage-0002', artifactId: 'journey-0001', name: '交付', order: 'a1' }, cards: [] },
    { stage: { id: 'stage-0003', artifactId: 'journey-0001', name: '回访', order: 'a2' }, cards: [card('card-c000', -1)] },
  ],
  links: [],
};

type Series = { data: { value: number }[]; markPoint: { data: { name: string; coord: number[] }[] }; markArea: { data: [{ name: string; xAxis: number }, { xAxis: number }][] } };

describe('emotion curve', () => {
  it('has one point per moment in journey order, unnamed ones numbered', () => {
    expect(emotionPoints(view, 'zh-CN').map((p) => [p.label, p.emotion])).toEqual([
      ['签约', 1],
      ['贺卡', 3],
      ['关键时刻 3', -1],
    ]);
  });

  it('marks the peak and the end where they are', () => {
    const series = (emotionCurveOption(view, 'en').series as Series[])[0];
    expect(series.data.map((d) => d.value)).toEqual([1, 3, -1]);
    expect(series.markPoint.data.map((m) => [m.name, ...m.coord])).toEqual([
      ['Peak', 1, 3],
      ['End', 2, -1],
    ]);
  });

  it('shades one band per stage that has moments, named after the stage', () => {
    const series = (emotionCurveOption(view, 'zh-CN').series as Series[])[0];
    expect(series.markArea.data.map(([a, b]) => [a.name, a.xAxis, b.xAxis])).toEqual([
      ['成交', 0, 1],
      ['回访', 2, 2],
    ]);
  });

  it('marks a peak that is also the end once', () => {
    const single: JourneyView = { ...view, stages: [{ ...view.stages[0], cards: [card('card-a000', 2, '惊喜')] }] };
    const series = (emotionCurveOption(single, 'zh-CN').series as Series[])[0];
    expect(series.markPoint.data.map((m) => m.name)).toEqual(['峰值']);
  });
});
