import { describe, expect, it } from 'vitest';
import { blankCard, type Card, type Stage } from './schemas.ts';
import { journeyWarnings, peakEnd } from './peak-end.ts';
import { warningText } from './warning-text.ts';
import type { JourneyView } from './view.ts';

const stage = (n: number, name: string): Stage => ({ id: `stage-000${n}`, artifactId: 'journey-0001', name, order: `a${n}` });
const card = (id: string, stageId: string, emotion: number, wow = '', touchpoint = id): Card => ({
  ...blankCard(touchpoint),
  id,
  artifactId: 'journey-0001',
  stageId,
  order: 'a0',
  emotion,
  wow,
});

/** Stages in order, each with the cards given (already in order). */
function journey(...columns: [string, Card[]][]): JourneyView {
  return {
    artifactId: 'journey-0001',
    stages: columns.map(([name, cards], i) => ({ stage: stage(i + 1, name), cards: cards.map((c) => ({ ...c, stageId: stage(i + 1, name).id })) })),
    links: [],
  };
}

const kinds = (view: JourneyView) => journeyWarnings(view).map((w) => w.kind);

describe('peak-end rule', () => {
  it('finds the highest moment across stages and the last moment of the last stage that has one', () => {
    const view = journey(
      ['成交', [card('card-sign', '', 1), card('card-keys', '', 3, '钥匙盒里的手写贺卡')]],
      ['交付', [card('card-fix', '', -2)]],
      ['回访', []],
    );
    const { peak, end } = peakEnd(view);
    expect(peak?.id).toBe('card-keys');
    expect(end?.id).toBe('card-fix');
  });

  it('takes the first of equal highs as the peak', () => {
    const view = journey(['一', [card('card-aaaa', '', 2), card('card-bbbb', '', 2)]]);
    expect(peakEnd(view).peak?.id).toBe('card-aaaa');
  });

  it('has neither on an empty journey', () => {
    expect(peakEnd(journey(['一', []]))).toEqual({ peak: null, end: null });
  });
});

describe('journey warnings', () => {
  it('a well-designed journey draws none', () => {
    const view = journey(['成交', [card('card-a000', '', 0)]], ['使用', [card('card-b000', '', 3, '生日蛋糕')]], ['回访', [card('card-c000', '', 1)]]);
    expect(kinds(view)).toEqual([]);
  });

  it('warns when no moment is a designed positive peak: high scores without a wow detail do not count', () => {
    expect(kinds(journey(['一', [card('card-a000', '', 3)]]))).toEqual(['noPositivePeak']);
    expect(kinds(journey(['一', [card('card-a000', '', 1, '小礼物')]]))).toEqual(['noPositivePeak']);
    expect(kinds(journey(['一', [card('card-a000', '', 2, '小礼物')]]))).toEqual([]);
  });

  it('warns when the final moment is negative, naming that moment', () => {
    const view = journey(['一', [card('card-a000', '', 3, '惊喜')]], ['二', [card('card-b000', '', -1, '', '结算交车')]]);
    const warnings = journeyWarnings(view);
    expect(warnings).toEqual([{ kind: 'negativeEnd', cardId: 'card-b000' }]);
    expect(warningText(warnings[0], view, 'zh-CN')).toContain('结算交车');
    expect(warningText(warnings[0], view, 'en')).toContain('结算交车');
  });

  it('a neutral end is not negative', () => {
    expect(kinds(journey(['一', [card('card-a000', '', 3, '惊喜'), card('card-b000', '', 0)]]))).toEqual([]);
  });

  it('warns for every stage without a moment, by name, in map order', () => {
    const view = journey(['成交', []], ['使用', [card('card-a000', '', 2, '惊喜')]], ['回访', []]);
    const warnings = journeyWarnings(view);
    expect(warnings.map((w) => (w.kind === 'emptyStage' ? w.stageId : w.kind))).toEqual(['stage-0001', 'stage-0003']);
    expect(warnings.map((w) => warningText(w, view, 'zh-CN'))).toEqual([expect.stringContaining('成交'), expect.stringContaining('回访')]);
  });

  it('an empty map warns about the missing peak and each stage, not about its end', () => {
    expect(kinds(journey(['一', []], ['二', []]))).toEqual(['noPositivePeak', 'emptyStage', 'emptyStage']);
  });
});
