import { MIND_BOX, MIND_STYLE, mindLabelLines, type MindKind, type MindMap, type MindNode } from '../../../shared/charts/mindmap-layout.ts';
import { CHART_FONT } from './chart-fonts.ts';
import { svgToPng, type ChartImage } from './chart-image.ts';
import { SvgText } from './svg-text.ts';

const MARGIN = 24;

/** Darkest at the root so the eye finds the post first; warnings are red whatever the kind. */
const LOOK: Record<MindKind, { fill: string; stroke: string; text: string; weight: string }> = {
  post: { fill: '#1f4e8c', stroke: '#1f4e8c', text: '#ffffff', weight: '#ffffff' },
  dimension: { fill: '#dbe7f6', stroke: '#4a7cc0', text: '#12335e', weight: '#1f4e8c' },
  indicator: { fill: '#ffffff', stroke: '#9aa9bc', text: '#222222', weight: '#1f4e8c' },
};
const WARN = '#d6336c';

/** Baseline of line `i` of `count`, centred in the box (0.35em below the middle of a line box looks centred for CJK). */
function baseline(node: MindNode, i: number, count: number): number {
  const line = MIND_STYLE[node.kind].fontSize * MIND_BOX.lineHeight;
  const top = node.y + (node.height - count * line) / 2;
  return top + i * line + line / 2 + MIND_STYLE[node.kind].fontSize * 0.35;
}

function nodeSvg(node: MindNode, text: SvgText): string {
  const look = LOOK[node.kind];
  const { fontSize: size, bold } = MIND_STYLE[node.kind];
  const lines = mindLabelLines(node);
  const stroke = node.warn ? `stroke="${WARN}" stroke-width="3" stroke-dasharray="8 4"` : `stroke="${look.stroke}" stroke-width="1.5"`;
  const label = lines.map((line, i) => text.text(line, { x: node.x + MIND_BOX.paddingX, y: baseline(node, i, lines.length), size, bold, fill: look.text }));
  const weightText = node.weightLabel
    ? text.text(node.weightLabel, {
        x: node.x + node.width - MIND_BOX.paddingX,
        y: baseline(node, 0, 1),
        size,
        bold: true,
        anchor: 'end',
        fill: node.warn ? WARN : look.weight,
      })
    : '';
  return `<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="10" fill="${look.fill}" ${stroke}/>` + label.join('') + weightText;
}

/** Parent's right edge to child's left edge, as an S-curve. */
function edgePath(from: MindNode, to: MindNode): string {
  const [x1, y1] = [from.x + from.width, from.y + from.height / 2];
  const [x2, y2] = [to.x, to.y + to.height / 2];
  const mid = (x1 + x2) / 2;
  return `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}"/>`;
}

/** The laid-out mind map as a standalone SVG (with a margin), sized in the layout's own pixels. */
export function mindMapSvg(map: MindMap): { svg: string; width: number; height: number } {
  const width = Math.ceil(map.width + 2 * MARGIN);
  const height = Math.ceil(map.height + 2 * MARGIN);
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const edges = map.edges.flatMap((e) => {
    const [from, to] = [byId.get(e.source), byId.get(e.target)];
    return from && to ? [edgePath(from, to)] : [];
  });
  const text = new SvgText();
  const nodes = map.nodes.map((n) => nodeSvg(n, text)).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g transform="translate(${MARGIN},${MARGIN})">` +
    `<g fill="none" stroke="#8fa3bf" stroke-width="2">${edges.join('')}</g>` +
    nodes +
    '</g>' +
    text.defsSvg() +
    '</svg>';
  return { svg, width, height };
}

/** About 2000 px on the long side: sharp on a printed page whatever the map's size, without megabytes per post. */
export async function mindMapPng(map: MindMap): Promise<ChartImage> {
  const { svg, width, height } = mindMapSvg(map);
  return svgToPng(svg, width, height, Math.min(2, 2000 / Math.max(width, height, 1)));
}
