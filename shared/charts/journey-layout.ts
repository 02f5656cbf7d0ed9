import type { Card, Link, Stage } from '../deliverables/journey/schemas.ts';
import type { JourneyView } from '../deliverables/journey/view.ts';
import { textEm, wrapText } from './text-metrics.ts';

/** Sizes in layout pixels, chosen for a projector: a column fits a 1280 px screen five times at zoom-to-fit. */
export const JOURNEY_BOX = {
  columnWidth: 260,
  gapX: 36,
  headerHeight: 64,
  cardHeight: 132,
  gapY: 20,
  padding: 14,
  /** Font sizes of the card's touchpoint and its second line (owner, emotion). */
  titleSize: 20,
  metaSize: 16,
  titleLines: 2,
} as const;

export interface StageBox {
  stage: Stage;
  x: number;
  width: number;
  /** The column's full height (header and cards), at least one card's room so an empty stage still shows. */
  height: number;
}
export interface CardBox {
  card: Card;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface JourneyLayout {
  stages: StageBox[];
  cards: CardBox[];
  links: Link[];
  width: number;
  height: number;
}

/** Where each card sits: stage columns left to right, cards top to bottom in their order. */
export function layoutJourney(view: JourneyView): JourneyLayout {
  const B = JOURNEY_BOX;
  const cards: CardBox[] = [];
  const stages = view.stages.map(({ stage, cards: inStage }, i) => {
    const x = i * (B.columnWidth + B.gapX);
    inStage.forEach((card, j) =>
      cards.push({ card, x: x + B.padding, y: B.headerHeight + B.gapY + j * (B.cardHeight + B.gapY), width: B.columnWidth - 2 * B.padding, height: B.cardHeight }),
    );
    return { stage, x, width: B.columnWidth, height: B.headerHeight + B.gapY + Math.max(1, inStage.length) * (B.cardHeight + B.gapY) };
  });
  const known = new Set(cards.map((c) => c.card.id));
  return {
    stages,
    cards,
    links: view.links.filter((l) => known.has(l.from) && known.has(l.to)),
    width: Math.max(B.columnWidth, stages.length * (B.columnWidth + B.gapX) - B.gapX),
    height: Math.max(B.headerHeight, ...stages.map((s) => s.height)),
  };
}

/** The stage and the place among its cards a drop at layout point (x, y) means, for a drag on the map. */
export function dropTarget(layout: JourneyLayout, x: number, y: number, dragged: string): { stageId: string; index: number } | null {
  const B = JOURNEY_BOX;
  if (!layout.stages.length) return null;
  const column = Math.min(layout.stages.length - 1, Math.max(0, Math.floor((x + B.gapX / 2) / (B.columnWidth + B.gapX))));
  const stage = layout.stages[column].stage;
  const others = layout.cards.filter((c) => c.card.stageId === stage.id && c.card.id !== dragged);
  const index = others.filter((c) => c.y + c.height / 2 < y + B.cardHeight / 2).length;
  return { stageId: stage.id, index };
}

/** The touchpoint wrapped to the card's width, at most two lines, the second cut with an ellipsis when too long. */
export function cardTitleLines(title: string, widthPx: number): string[] {
  const B = JOURNEY_BOX;
  const maxEm = (widthPx - 2 * B.padding) / B.titleSize;
  const lines = wrapText(title, maxEm);
  if (lines.length <= B.titleLines) return lines;
  let last = lines[B.titleLines - 1];
  while (last && textEm(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
  return [...lines.slice(0, B.titleLines - 1), `${last}…`];
}

/** The emotion as the map labels it: +2, 0, −1. */
export const emotionLabel = (emotion: number): string => (emotion > 0 ? `+${emotion}` : emotion < 0 ? `−${-emotion}` : '0');
