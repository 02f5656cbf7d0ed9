import { Graph, layout } from '@dagrejs/dagre';
import { DIMENSIONS } from '../domain/dimensions.ts';
import { byOrder } from '../core/order.ts';
import type { Indicator, Post } from '../domain/standard.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { Language } from '../domain/workshop.ts';
import { domainResources } from '../i18n/resources.ts';
import { indicatorsOf, weightIssues } from '../rules/weights.ts';
import { percent } from './format.ts';
import { textEm, wrapText } from './text-metrics.ts';

export type MindKind = 'post' | 'dimension' | 'indicator';

export interface MindNode {
  id: string;
  kind: MindKind;
  label: string;
  weightLabel: string;
  warn: boolean;
  /** How many children are folded away under it (0: none, or nothing to fold). */
  folded: number;
  /** Top-left corner and size in px, in the map's own coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface MindEdge {
  id: string;
  source: string;
  target: string;
}
export interface MindMap {
  nodes: MindNode[];
  edges: MindEdge[];
  width: number;
  height: number;
}

/** Box metrics per kind, sized for a projector; drawers use the same numbers so text fits the boxes. */
export const MIND_STYLE: Record<MindKind, { fontSize: number; bold: boolean; maxLabelEm: number }> = {
  post: { fontSize: 28, bold: true, maxLabelEm: 10 },
  dimension: { fontSize: 24, bold: true, maxLabelEm: 10 },
  indicator: { fontSize: 20, bold: false, maxLabelEm: 14 },
};
export const MIND_BOX = { paddingX: 16, lineHeight: 1.3, weightGap: 18, postGap: 56 };

/**
 * Vertical room around boxes. A printed page has a fixed height, so 'print' packs rows tighter: a post with
 * 30 indicators then still prints its labels at a readable size. Drawers need not know: text is centred in the box.
 */
export const MIND_SPACING = {
  screen: { paddingY: 10, siblingGap: 14, rankGap: 72 },
  print: { paddingY: 5, siblingGap: 6, rankGap: 56 },
};
export interface MindMapOptions {
  spacing?: keyof typeof MIND_SPACING;
  /** Dimension nodes (`<postId>/<dimension>`) whose indicators are folded away. */
  collapsed?: ReadonlySet<string>;
}

/** The id of a dimension's node in a post's tree. */
export const dimensionNodeId = (postId: string, dimension: string): string => `${postId}/${dimension}`;

/** The label as the drawers must break it: the box height counts these lines. */
export const mindLabelLines = (node: Pick<MindNode, 'kind' | 'label'>): string[] =>
  wrapText(node.label, MIND_STYLE[node.kind].maxLabelEm);

type Spacing = (typeof MIND_SPACING)[keyof typeof MIND_SPACING];

function sized(kind: MindKind, label: string, weightLabel: string, spacing: Spacing): { width: number; height: number } {
  const { fontSize } = MIND_STYLE[kind];
  const lines = mindLabelLines({ kind, label });
  const textWidth = Math.max(...lines.map(textEm)) * fontSize;
  const weightWidth = weightLabel ? MIND_BOX.weightGap + textEm(weightLabel) * fontSize : 0;
  return {
    width: Math.ceil(2 * MIND_BOX.paddingX + textWidth + weightWidth),
    height: Math.ceil(2 * spacing.paddingY + lines.length * fontSize * MIND_BOX.lineHeight),
  };
}

type Draft = Omit<MindNode, 'x' | 'y' | 'width' | 'height'>;

/** One post's tree: the node drafts in display order and the parent → child edges. */
function postTree(post: Post, indicators: readonly Indicator[], lang: Language, collapsed: ReadonlySet<string>): { drafts: Draft[]; edges: MindEdge[] } {
  const words = domainResources[lang].dimension;
  const issues = weightIssues(post, indicators);
  const drafts: Draft[] = [];
  const edges: MindEdge[] = [];
  const link = (source: string, target: string): void => {
    edges.push({ id: `${source}>${target}`, source, target });
  };
  // An empty post warns too: nothing under it can add up yet.
  const postWarn = issues.some((i) => i.kind === 'dimensionsSum' || i.kind === 'postEmpty');
  drafts.push({ id: post.id, kind: 'post', label: post.name, weightLabel: '', warn: postWarn, folded: 0 });
  for (const dimension of DIMENSIONS) {
    const dimId = dimensionNodeId(post.id, dimension);
    const warn = issues.some((i) => 'dimension' in i && i.dimension === dimension);
    const own = indicatorsOf(indicators, post.id, dimension);
    const folded = collapsed.has(dimId) ? own.length : 0;
    drafts.push({ id: dimId, kind: 'dimension', label: words[dimension].name, weightLabel: percent(post.dimensionWeights[dimension]), warn, folded });
    link(post.id, dimId);
    if (folded) continue;
    for (const ind of own) {
      drafts.push({ id: ind.id, kind: 'indicator', label: ind.name, weightLabel: percent(ind.weight), warn: false, folded: 0 });
      link(dimId, ind.id);
    }
  }
  return { drafts, edges };
}

/** Lays one tree out left to right; every column is left-aligned so the map reads like an outline. */
function placeTree(drafts: Draft[], edges: MindEdge[], spacing: Spacing): MindMap {
  const g = new Graph();
  g.setGraph({ rankdir: 'LR', ranksep: spacing.rankGap, nodesep: spacing.siblingGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const d of drafts) g.setNode(d.id, sized(d.kind, d.label, d.weightLabel, spacing));
  for (const e of edges) g.setEdge(e.source, e.target);
  // A tree has no crossings to remove; dagre's reordering would only flip siblings out of course and position order.
  layout(g, { disableOptimalOrderHeuristic: true });
  const placed = drafts.map((d) => {
    const n = g.node(d.id);
    return { ...d, x: (n.x ?? 0) - n.width / 2, y: (n.y ?? 0) - n.height / 2, width: n.width, height: n.height };
  });
  const columnLeft = new Map<MindKind, number>();
  for (const n of placed) columnLeft.set(n.kind, Math.min(columnLeft.get(n.kind) ?? Infinity, n.x));
  const nodes = placed.map((n) => ({ ...n, x: columnLeft.get(n.kind) ?? n.x }));
  return { nodes, edges, ...extent(nodes) };
}

function extent(nodes: readonly MindNode[]): { width: number; height: number } {
  return {
    width: Math.max(0, ...nodes.map((n) => n.x + n.width)),
    height: Math.max(0, ...nodes.map((n) => n.y + n.height)),
  };
}

/**
 * Post → its five dimensions (weights) → their indicators (weights), laid out left to right.
 * `postId` null stacks every post's tree top to bottom in course order; an unknown id gives an empty map.
 * `opts.spacing` 'print' packs the rows for a page (see MIND_SPACING).
 */
export function layoutMindMap(state: WorkshopState, postId: string | null, lang: Language, opts: MindMapOptions = {}): MindMap {
  const spacing = MIND_SPACING[opts.spacing ?? 'screen'];
  const posts = state.posts.filter((p) => postId === null || p.id === postId).sort(byOrder);
  const nodes: MindNode[] = [];
  const edges: MindEdge[] = [];
  let top = 0;
  for (const post of posts) {
    const { drafts, edges: treeEdges } = postTree(post, state.indicators, lang, opts.collapsed ?? new Set());
    const tree = placeTree(drafts, treeEdges, spacing);
    nodes.push(...tree.nodes.map((n) => ({ ...n, y: n.y + top })));
    edges.push(...tree.edges);
    top += tree.height + MIND_BOX.postGap;
  }
  return { nodes, edges, ...extent(nodes) };
}
