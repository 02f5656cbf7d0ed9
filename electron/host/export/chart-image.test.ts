import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { layoutMindMap } from '../../../shared/charts/mindmap-layout.ts';
import { radarOption } from '../../../shared/charts/radar.ts';
import { testState } from '../../../shared/charts/test-state.ts';
import { CHART_FONT, chartFonts } from './chart-fonts.ts';
import { chartPng } from './chart-image.ts';
import { mindMapPng, mindMapSvg } from './mindmap-svg.ts';
import { escapeXml, SvgText } from './svg-text.ts';

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

  it('draws the mind map with one box per node, names never becoming markup', async () => {
    const evil = { ...state, posts: state.posts.map((p, i) => (i === 0 ? { ...p, name: 'A&B <script>"x"' } : p)) };
    const map = layoutMindMap(evil, 'post-0000', 'zh-CN');
    const { svg, width, height } = mindMapSvg(map);
    expect(svg.match(/<rect [^>]*rx=/g)).toHaveLength(map.nodes.length);
    expect(svg.match(/<path d=/g)).toHaveLength(map.edges.length);
    expect(svg).not.toContain('<script');
    expect(width).toBeGreaterThan(map.width);
    expect(height).toBeGreaterThan(map.height);
    const img = await mindMapPng(map);
    expect(isPng(img.png)).toBe(true);
    expect(Math.max(...pngSize(img.png))).toBeLessThanOrEqual(2000);
  }, 30_000);

  it('draws Chinese labels as outlines with as much ink as resvg draws for the same text', async () => {
    const label = (text: SvgText) => text.text('服务岗位 95%', { x: 10, y: 56, size: 40, bold: true, fill: '#000' });
    const outlined = new SvgText();
    const asOutlines = label(outlined);
    const asText = label(new SvgText(null));
    expect(asOutlines).not.toContain('<text');
    expect(asText).toContain('<text');
    const ink = async (body: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="80" font-family="${CHART_FONT}">${body}</svg>`;
      const img = await renderAsync(svg, { background: '#fff', font: chartFonts(), logLevel: 'off' });
      const px = img.pixels; // a getter that copies: read it once
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 128) dark++;
      return dark;
    };
    const [outlines, text] = [await ink(asOutlines + outlined.defsSvg()), await ink(asText)];
    expect(text).toBeGreaterThan(2000); // resvg found the CJK font: real glyphs, not empty boxes
    expect(Math.abs(outlines - text) / text).toBeLessThan(0.05);
  }, 30_000);

  it('keeps a label whose characters the font lacks as escaped text for resvg to fall back on', () => {
    const svg = new SvgText().text('A&B \u{10FFFD}', { x: 0, y: 0, size: 20 });
    expect(svg).toMatch(/^<text [^>]*>A&amp;B /);
  });

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
