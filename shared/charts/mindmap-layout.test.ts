import { describe, expect, it } from 'vitest';
import type { WorkshopState } from '../domain/state.ts';
import { layoutMindMap, mindLabelLines, MIND_STYLE, type MindMap, type MindNode } from './mindmap-layout.ts';
import { testState } from './test-state.ts';
import { textEm, wrapText } from './text-metrics.ts';

const overlaps = (a: MindNode, b: MindNode): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectNoOverlap(map: MindMap): void {
  for (let i = 0; i < map.nodes.length; i++)
    for (let j = i + 1; j < map.nodes.length; j++) expect(overlaps(map.nodes[i], map.nodes[j]), `${map.nodes[i].id} × ${map.nodes[j].id}`).toBe(false);
}

describe('layoutMindMap', () => {
  const state = testState({ perDimension: 3 });

  it('has one node per post, dimension and indicator of the chosen post', () => {
    const map = layoutMindMap(state, 'post-0001', 'zh-CN');
    const count = (kind: MindNode['kind']): number => map.nodes.filter((n) => n.kind === kind).length;
    expect([count('post'), count('dimension'), count('indicator')]).toEqual([1, 5, 15]);
    expect(new Set(map.nodes.map((n) => n.id)).size).toBe(map.nodes.length);
    expect(map.nodes.find((n) => n.kind === 'dimension')).toMatchObject({ label: '有形度', weightLabel: '10%' });
    expect(map.nodes.find((n) => n.kind === 'indicator')?.weightLabel).toBe('34%');
  });

  it('connects every parent to its children, left to right', () => {
    const map = layoutMindMap(state, 'post-0000', 'en');
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    expect(map.edges).toHaveLength(map.nodes.length - 1);
    for (const e of map.edges) {
      const [source, target] = [byId.get(e.source)!, byId.get(e.target)!];
      expect(`${source.kind}>${target.kind}`).toMatch(/^(post>dimension|dimension>indicator)$/);
      expect(target.x).toBeGreaterThan(source.x + source.width);
    }
    const dim = state.indicators.find((i) => i.id === 'ind-0-1-2-x')!;
    expect(map.edges).toContainEqual(expect.objectContaining({ source: `post-0000/${dim.dimension}`, target: dim.id }));
  });

  it('keeps dimensions in course order and indicators in position order, top to bottom', () => {
    const map = layoutMindMap(state, 'post-0000', 'zh-CN');
    const ys = (kind: MindNode['kind']): number[] => map.nodes.filter((n) => n.kind === kind).map((n) => n.y);
    const ascending = (list: number[]): boolean => list.every((y, i) => i === 0 || y > list[i - 1]);
    expect(map.nodes.filter((n) => n.kind === 'dimension').map((n) => n.label)).toEqual(['有形度', '专业度', '反应度', '信赖度', '同理度']);
    expect(ascending(ys('dimension'))).toBe(true);
    expect(ascending(ys('indicator'))).toBe(true);
  });

  it('stacks all posts without overlaps and fits them in its size', () => {
    const map = layoutMindMap(testState({ perDimension: 6 }), null, 'zh-CN');
    expect(map.nodes.filter((n) => n.kind === 'post')).toHaveLength(3);
    expectNoOverlap(map);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(map.width);
      expect(n.y + n.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('flags the nodes whose children do not add up to 100', () => {
    const unbalanced: WorkshopState = {
      ...state,
      posts: state.posts.map((p) => (p.id === 'post-0000' ? { ...p, dimensionWeights: { ...p.dimensionWeights, empathy: 30 } } : p)),
      indicators: state.indicators.map((i) => (i.id === 'ind-0-1-0-x' ? { ...i, weight: 50 } : i)),
    };
    const warned = (s: WorkshopState, id: string): string[] => layoutMindMap(s, id, 'zh-CN').nodes.filter((n) => n.warn).map((n) => n.id);
    expect(warned(state, 'post-0000')).toEqual([]);
    expect(warned(unbalanced, 'post-0000')).toEqual(['post-0000', 'post-0000/assurance']);
    const noIndicators = { ...state, indicators: state.indicators.filter((i) => i.postId !== 'post-0002') };
    expect(warned(noIndicators, 'post-0002')).toEqual(['post-0002']);
    const emptiedDimension = { ...state, indicators: state.indicators.filter((i) => !(i.postId === 'post-0002' && i.dimension === 'empathy')) };
    expect(warned(emptiedDimension, 'post-0002')).toEqual(['post-0002/empathy']);
  });

  it('sizes boxes to their text and wraps long names', () => {
    const long = { ...state, indicators: state.indicators.map((i, k) => (k === 0 ? { ...i, name: '客户到店后三十秒内主动起身问候并引导就座' } : i)) };
    const node = layoutMindMap(long, 'post-0000', 'zh-CN').nodes.find((n) => n.id === state.indicators[0].id)!;
    const lines = mindLabelLines(node);
    expect(lines.length).toBe(2);
    expect(node.width).toBeGreaterThan(Math.max(...lines.map(textEm)) * MIND_STYLE.indicator.fontSize);
    expect(node.height).toBeGreaterThan(2 * MIND_STYLE.indicator.fontSize);
  });

  it('packs rows tighter for print without overlaps', () => {
    const big = testState({ perDimension: 6 });
    const screen = layoutMindMap(big, 'post-0000', 'zh-CN');
    const print = layoutMindMap(big, 'post-0000', 'zh-CN', { spacing: 'print' });
    expect(print.height).toBeLessThan(screen.height * 0.8);
    expect(print.nodes.map((n) => n.id)).toEqual(screen.nodes.map((n) => n.id));
    expectNoOverlap(print);
  });

  it('gives an empty map for no posts or an unknown post', () => {
    expect(layoutMindMap({ ...state, posts: [] }, null, 'zh-CN')).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
    expect(layoutMindMap(state, 'nope-nope', 'zh-CN').nodes).toEqual([]);
  });
});

describe('wrapText', () => {
  it('breaks CJK between characters and latin between words', () => {
    expect(wrapText('一二三四五六', 4)).toEqual(['一二三四', '五六']);
    expect(wrapText('Calls answered within fifteen seconds', 5)).toEqual(['Calls', 'answered', 'within', 'fifteen', 'seconds']);
    expect(wrapText('Short', 10)).toEqual(['Short']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});
