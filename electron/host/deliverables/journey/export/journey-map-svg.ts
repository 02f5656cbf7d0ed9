import { cardTitleLines, emotionLabel, JOURNEY_BOX, layoutJourney, type CardBox } from '../../../../../shared/charts/journey-layout.ts';
import type { JourneyView } from '../../../../../shared/deliverables/journey/view.ts';
import { CHART_FONT } from '../../../export/chart-fonts.ts';
import { svgToPng, type ChartImage } from '../../../export/chart-image.ts';
import { SvgText } from '../../../export/svg-text.ts';

const MARGIN = 24;
/** Red for pain, grey for indifference, green for delight: the badge reads at a glance, also in greyscale by its sign. */
const emotionFill = (e: number) => (e <= -2 ? '#c92a2a' : e < 0 ? '#f08c00' : e === 0 ? '#868e96' : e === 1 ? '#5c940d' : '#2b8a3e');

function cardSvg(box: CardBox, text: SvgText, mark: string | null): string {
  const B = JOURNEY_BOX;
  const { card } = box;
  const lines = cardTitleLines(card.touchpoint || '—', box.width);
  const title = lines.map((l, i) => text.text(l, { x: box.x + B.padding, y: box.y + B.padding + B.titleSize * (i + 1) + i * 6, size: B.titleSize, bold: true, fill: '#1b1f24' }));
  const metaY = box.y + box.height - B.padding;
  const owner = card.owner ? text.text(card.owner.slice(0, 12), { x: box.x + B.padding, y: metaY, size: B.metaSize, fill: '#495057' }) : '';
  const badgeX = box.x + box.width - B.padding - 40;
  const badge =
    `<rect x="${badgeX}" y="${metaY - 20}" width="40" height="26" rx="13" fill="${emotionFill(card.emotion)}"/>` +
    text.text(emotionLabel(card.emotion), { x: badgeX + 32, y: metaY - 1, size: B.metaSize, bold: true, anchor: 'end', fill: '#ffffff' });
  const stroke = mark ? `stroke="${mark}" stroke-width="4"` : 'stroke="#9aa9bc" stroke-width="1.5"';
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="#ffffff" ${stroke}/>${title.join('')}${owner}${badge}`;
}

/** The journey map as a standalone SVG: stage columns, moment cards (peak and end outlined) and the arrows between them. */
export function journeyMapSvg(view: JourneyView, marks: { peak: string | null; end: string | null }): { svg: string; width: number; height: number } {
  const layout = layoutJourney(view);
  const B = JOURNEY_BOX;
  const text = new SvgText();
  const width = Math.ceil(layout.width + 2 * MARGIN);
  const height = Math.ceil(layout.height + 2 * MARGIN);
  const columns = layout.stages.map(
    (s, i) =>
      `<rect x="${s.x}" y="0" width="${s.width}" height="${layout.height}" rx="12" fill="${i % 2 ? '#eef3fa' : '#f6f8fb'}"/>` +
      `<rect x="${s.x}" y="0" width="${s.width}" height="${B.headerHeight}" rx="12" fill="#1f4e8c"/>` +
      text.text(s.stage.name.slice(0, 14), { x: s.x + B.padding, y: B.headerHeight / 2 + 8, size: 22, bold: true, fill: '#ffffff' }),
  );
  const at = new Map(layout.cards.map((c) => [c.card.id, c]));
  const arrows = layout.links.map((l) => {
    const [a, b] = [at.get(l.from)!, at.get(l.to)!];
    const sameColumn = a.x === b.x;
    const [x1, y1] = sameColumn ? [a.x + a.width / 2, a.y + a.height] : [a.x + a.width, a.y + a.height / 2];
    const [x2, y2] = sameColumn ? [b.x + b.width / 2, b.y] : [b.x, b.y + b.height / 2];
    return `<path d="M${x1},${y1} L${x2},${y2}" marker-end="url(#arrow)"/>`;
  });
  const markOf = (id: string) => (id === marks.peak ? '#2b8a3e' : id === marks.end ? '#d9480f' : null);
  const cards = layout.cards.map((c) => cardSvg(c, text, markOf(c.card.id)));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#5c7cfa"/></marker></defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g transform="translate(${MARGIN},${MARGIN})">${columns.join('')}<g fill="none" stroke="#5c7cfa" stroke-width="2.5">${arrows.join('')}</g>${cards.join('')}</g>` +
    text.defsSvg() +
    '</svg>';
  return { svg, width, height };
}

/** About 2000 px on the long side, as the mind maps of 成果1. */
export async function journeyMapPng(view: JourneyView, marks: { peak: string | null; end: string | null }): Promise<ChartImage> {
  const { svg, width, height } = journeyMapSvg(view, marks);
  return svgToPng(svg, width, height, Math.min(2, 2000 / Math.max(width, height, 1)));
}
