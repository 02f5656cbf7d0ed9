import { renderAsync } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/** The CJK face fonts-noto-cjk installs; without it resvg falls back to a serif face and Chinese becomes boxes. */
export const CHART_FONT = 'Noto Sans CJK SC';

/**
 * CJK font files where the common systems keep them. Loading just these is several times faster than letting
 * resvg scan every system font for each picture; where none exists, the system scan is the fallback.
 */
const CJK_FONTS = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC' },
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'Microsoft YaHei' },
  { file: 'C:\\Windows\\Fonts\\msyhbd.ttc', family: 'Microsoft YaHei' },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
];
let fontOptions: { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string; sansSerifFamily: string } | undefined;
const fonts = () => {
  if (!fontOptions) {
    const found = CJK_FONTS.filter((f) => existsSync(f.file));
    const family = found[0]?.family ?? CHART_FONT;
    fontOptions = { loadSystemFonts: found.length === 0, fontFiles: found.map((f) => f.file), defaultFontFamily: family, sansSerifFamily: family };
  }
  return fontOptions;
};

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
    font: fonts(),
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
