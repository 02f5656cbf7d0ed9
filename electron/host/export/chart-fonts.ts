import { existsSync } from 'node:fs';
import { openSync, type Font } from 'fontkit';

/** The CJK face fonts-noto-cjk installs; without it resvg falls back to a serif face and Chinese becomes boxes. */
export const CHART_FONT = 'Noto Sans CJK SC';

/** CJK font collections where the common systems keep them, regular and bold, with the simplified-Chinese family. */
const CJK_FONTS = [
  { regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC' },
  { regular: 'C:\\Windows\\Fonts\\msyh.ttc', bold: 'C:\\Windows\\Fonts\\msyhbd.ttc', family: 'Microsoft YaHei' },
  { regular: '/System/Library/Fonts/PingFang.ttc', bold: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
];
const found = () => CJK_FONTS.find((f) => existsSync(f.regular));

export interface ResvgFonts {
  loadSystemFonts: boolean;
  fontFiles: string[];
  defaultFontFamily: string;
  sansSerifFamily: string;
}
let resvgFonts: ResvgFonts | undefined;
/**
 * Fonts for resvg's own text (charts drawn by echarts). Naming the files is several times faster than letting
 * resvg scan every system font for each picture; where none exists, the system scan is the fallback.
 */
export function chartFonts(): ResvgFonts {
  if (!resvgFonts) {
    const f = found();
    const family = f?.family ?? CHART_FONT;
    resvgFonts = { loadSystemFonts: !f, fontFiles: f ? [...new Set([f.regular, f.bold])] : [], defaultFontFamily: family, sansSerifFamily: family };
  }
  return resvgFonts;
}

export interface OutlineFonts {
  regular: Font;
  bold: Font;
}
let outlineFonts: OutlineFonts | null | undefined;

/** The face of a collection (or single font) whose family is `family`; the first face when none is. */
function face(file: string, family: string): Font {
  const opened = openSync(file);
  if (!('fonts' in opened)) return opened;
  return opened.fonts.find((f) => f.familyName === family) ?? opened.fonts[0];
}

/**
 * The CJK faces read once per process, for drawing labels as glyph outlines: resvg re-reads and re-shapes its font
 * files for every <text> (~10 ms each against the Noto CJK collections), outlines cost a lookup. Null without a font.
 */
export function outlineFontsOnce(): OutlineFonts | null {
  if (outlineFonts === undefined) {
    const f = found();
    try {
      outlineFonts = f ? { regular: face(f.regular, f.family), bold: face(f.bold, f.family) } : null;
    } catch {
      outlineFonts = null; // an unreadable font file: labels fall back to resvg's text
    }
  }
  return outlineFonts;
}
