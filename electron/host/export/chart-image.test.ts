import { describe, expect, it } from 'vitest';
import { layoutMindMap } from '../../../shared/charts/mindmap-layout.ts';
import { radarOption } from '../../../shared/charts/radar.ts';
import { testState } from '../../../shared/charts/test-state.ts';
import { CHART_FONT, chartPng } from './chart-image.ts';
import { escapeXml, mindMapPng, mindMapSvg } from './mindmap-svg.ts';

const isPng = (buf: Buffer): boolean => buf.subarray(1, 4).toString('latin1') === 'PNG';
/** Pixel size from the PNG's IHDR chunk. */
const pngSize = (buf: Buffer): [number, number] => [buf.readUInt32BE(16), buf.readUInt32BE(20)];

describe('chart images', () => {
  const state = testState();

  it('draws an echarts option server-side into a PNG at twice its size', async () => {
    const img = await chartPng(radarOption(state.posts, 'zh-CN', CHART_FONT), 400, 300);
    expect(isPng(img.png)).toBe(true);
    expect([img.width, img.height]).toEqual([400, 300]);
    expect(pngSize(img.png)).toEqual([800, 600]);
  }, 30_000);

  it('draws the mind map with one box per node and text escaped for XML', async () => {
    const evil = { ...state, posts: state.posts.map((p, i) => (i === 0 ? { ...p, name: 'A&B <script>"x"' } : p)) };
    const map = layoutMindMap(evil, 'post-0000', 'zh-CN');
    const { svg, width, height } = mindMapSvg(map);
    expect(svg.match(/<rect [^>]*rx=/g)).toHaveLength(map.nodes.length);
    expect(svg.match(/<path /g)).toHaveLength(map.edges.length);
    expect(svg).toContain('A&amp;B &lt;script&gt;&quot;x&quot;');
    expect(svg).not.toContain('<script>');
    expect(width).toBeGreaterThan(map.width);
    expect(height).toBeGreaterThan(map.height);
    const img = await mindMapPng(map);
    expect(isPng(img.png)).toBe(true);
    expect(Math.max(...pngSize(img.png))).toBeLessThanOrEqual(2000);
  }, 30_000);

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
