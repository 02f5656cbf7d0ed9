import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { CHART_FONT, chartFonts } from './chart-fonts.ts';

/** A picture ready for Word: PNG bytes and the size it was drawn at, so the document keeps its proportions. */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * SVG → PNG off the main thread (renderAsync), so a host busy exporting still answers the classroom.
 * `scale` > 1 gives a sharper print without changing the layout.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<ChartImage> {
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    // An SVG whose labels are outlines needs no font: loading the CJK collections would cost more than the drawing.
    font: svg.includes('<text') ? chartFonts() : { loadSystemFonts: false },
    logLevel: 'off',
  });
  return { png: rendered.asPng(), width, height };
}

/** Draws an echarts option server-side (same option the UI shows) and returns it as PNG. */
export async function chartPng(option: EChartsOption, width: number, height: number): Promise<ChartImage> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    const textStyle = { fontFamily: CHART_FONT, ...(option.textStyle as object | undefined) };
    chart.setOption({ ...option, animation: false, textStyle });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  return svgToPng(svg, width, height);
}
