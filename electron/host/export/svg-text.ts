import type { Font } from 'fontkit';
import { outlineFontsOnce, type OutlineFonts } from './chart-fonts.ts';

/** Names come from the class; anything they type must stay text, never markup. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

export interface TextStyle {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'end';
  fill?: string;
}

/** Outline of each glyph, in font units, computed once per process. */
const pathCache = new WeakMap<Font, Map<number, string>>();
function glyphPath(font: Font, id: number): string {
  let cache = pathCache.get(font);
  if (!cache) pathCache.set(font, (cache = new Map()));
  let d = cache.get(id);
  if (d === undefined) cache.set(id, (d = font.getGlyph(id).path.toSVG()));
  return d;
}

/**
 * Text of one SVG drawn as glyph outlines: each glyph used is defined once in <defs> and placed with <use>, so
 * resvg rasterizes paths and never shapes text. A label with a character the font lacks (or no font at all) stays
 * a <text>, which resvg draws with its own font fallback.
 */
export class SvgText {
  private readonly defs = new Map<string, string>();

  constructor(private readonly fonts: OutlineFonts | null = outlineFontsOnce()) {}

  text(content: string, style: TextStyle): string {
    const font = style.bold ? this.fonts?.bold : this.fonts?.regular;
    const run = font?.layout(content);
    const fill = style.fill ? ` fill="${style.fill}"` : '';
    if (!font || !run || run.glyphs.some((g) => g.id === 0)) {
      const anchor = style.anchor === 'end' ? ' text-anchor="end"' : '';
      const weight = style.bold ? ' font-weight="bold"' : '';
      return `<text x="${style.x}" y="${style.y}" font-size="${style.size}"${anchor}${weight}${fill}>${escapeXml(content)}</text>`;
    }
    const scale = style.size / font.unitsPerEm;
    const x0 = style.anchor === 'end' ? style.x - run.advanceWidth * scale : style.x;
    let pen = 0;
    const uses: string[] = [];
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i];
      const id = `${style.bold ? 'b' : 'r'}${glyph.id}`;
      if (!this.defs.has(id)) this.defs.set(id, glyphPath(font, glyph.id));
      if (this.defs.get(id)) uses.push(`<use href="#${id}" x="${pen + pos.xOffset}" y="${pos.yOffset}"/>`);
      pen += pos.xAdvance;
    });
    // Font units have y up; the flip keeps the baseline at style.y.
    return `<g${fill} transform="translate(${x0.toFixed(2)} ${style.y.toFixed(2)}) scale(${scale} ${-scale})">${uses.join('')}</g>`;
  }

  /** The glyph definitions the texts so far refer to; put it anywhere in the same SVG. */
  defsSvg(): string {
    const paths = [...this.defs].filter(([, d]) => d).map(([id, d]) => `<path id="${id}" d="${d}"/>`);
    return paths.length ? `<defs>${paths.join('')}</defs>` : '';
  }
}
