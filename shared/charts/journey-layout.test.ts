import { describe, expect, it } from 'vitest';
import { blankCard, type Card } from '../deliverables/journey/schemas.ts';
import type { JourneyView } from '../deliverables/journey/view.ts';
import { cardTitleLines, dropTarget, emotionLabel, JOURNEY_BOX, layoutJourney } from './journey-layout.ts';

const card = (id: string, stageId: string): Card => ({ ...blankCard(id), id, artifactId: 'journey-0001', stageId, order: 'a0' });
const stage = (id: string, order: string) => ({ id, artifactId: 'journey-0001', name: id, order });
const view: JourneyView = {
  artifactId: 'journey-0001',
  stages: [
    { stage: stage('stage-a000', 'a0'), cards: [card('card-a000', 'stage-a000'), card('card-b000', 'stage-a000')] },
    { stage: stage('stage-b000', 'a1'), cards: [] },
    { stage: stage('stage-c000', 'a2'), cards: [card('card-c000', 'stage-c000')] },
  ],
  links: [{ id: 'link-0001', artifactId: 'journey-0001', from: 'card-a000', to: 'card-c000' }, { id: 'link-0002', artifactId: 'journey-0001', from: 'card-a000', to: 'card-gone' }],
};

describe('journey layout', () => {
  const layout = layoutJourney(view);

  it('puts stages in columns left to right and cards top to bottom, without overlaps', () => {
    expect(layout.stages.map((s) => s.x)).toEqual([0, 1, 2].map((i) => i * (JOURNEY_BOX.columnWidth + JOURNEY_BOX.gapX)));
    const [a, b, c] = layout.cards;
    expect(a.x).toBe(b.x);
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(c.x).toBeGreaterThan(a.x + a.width);
    expect(layout.height).toBeGreaterThanOrEqual(b.y + b.height);
  });

  it('keeps only links whose two cards are on the map', () => {
    expect(layout.links.map((l) => l.id)).toEqual(['link-0001']);
  });

  it('reads a drop point as a stage and a place among its cards', () => {
    const [a, b] = layout.cards;
    expect(dropTarget(layout, layout.stages[1].x + 20, 300, 'card-a000')).toEqual({ stageId: 'stage-b000', index: 0 });
    expect(dropTarget(layout, a.x, b.y + 10, 'card-a000')).toEqual({ stageId: 'stage-a000', index: 1 });
    expect(dropTarget(layout, a.x, -50, 'card-b000')).toEqual({ stageId: 'stage-a000', index: 0 });
    expect(dropTarget(layout, 99_999, 0, 'card-a000')?.stageId).toBe('stage-c000');
  });

  it('cuts a long touchpoint to two lines with an ellipsis', () => {
    const lines = cardTitleLines('客户在前台办理入住时等待时间过长并且没有人解释原因也没有提供饮用水', 232);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(cardTitleLines('前台问候', 232)).toEqual(['前台问候']);
  });

  it('labels emotions with a sign', () => {
    expect([3, 0, -2].map(emotionLabel)).toEqual(['+3', '0', '−2']);
  });
});
