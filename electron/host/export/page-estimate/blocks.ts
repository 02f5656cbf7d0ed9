import { charEm } from '../../../../shared/charts/text-metrics.ts';
import { SIZES, STYLE_SPACING, TOC_INDENT } from '../docx-metrics.ts';
import { attr, child, childrenOf, find, isOn, nameOf, num, type Node } from './ooxml.ts';

/** What pagination needs of a paragraph: its lines' heights and how it may break. Lengths in twips. */
export interface ParagraphBlock {
  kind: 'paragraph';
  bookmarks: string[];
  pageBreakBefore: boolean;
  keepNext: boolean;
  keepLines: boolean;
  before: number;
  after: number;
  lines: number[];
}
export interface RowBlock {
  height: number;
  header: boolean;
  bookmarks: string[];
}
export interface TableBlock {
  kind: 'table';
  rows: RowBlock[];
}
/** A page break inside a paragraph (`w:br w:type="page"`): what follows starts a new page. */
export interface BreakBlock {
  kind: 'break';
}
export type Block = ParagraphBlock | TableBlock | BreakBlock;

interface StyleMetrics {
  size: number;
  before: number;
  after: number;
  line: number;
  indent: number;
  keep: boolean;
  sans: boolean;
}
const normal: StyleMetrics = { size: SIZES.body, ...STYLE_SPACING.normal, indent: 0, keep: false, sans: false };
/** The paragraph styles buildDocument defines, by id; any other style lays out as Normal. */
const STYLES: Record<string, StyleMetrics> = {
  Heading1: { ...normal, size: SIZES.h1, ...STYLE_SPACING.heading1, keep: true, sans: true },
  Heading2: { ...normal, size: SIZES.h2, ...STYLE_SPACING.heading2, keep: true, sans: true },
  Caption: { ...normal, size: SIZES.small, ...STYLE_SPACING.caption },
  ContentsTitle: { ...normal, size: SIZES.h1, ...STYLE_SPACING.contentsTitle, sans: true },
  TOC1: { ...normal, ...STYLE_SPACING.toc1 },
  TOC2: { ...normal, ...STYLE_SPACING.toc2, indent: TOC_INDENT },
};

/**
 * Line height per point of font size, as LibreOffice and Word take it from the fonts' ascent and descent: the CJK faces
 * 宋体/黑体 are drawn with Noto CJK, whose lines are much taller than Times New Roman's or Arial's.
 */
const LINE_PER_PT = { cjk: 1.44, latin: 1.15 };
/** text-metrics' Latin widths are Noto Sans CJK's; Times New Roman and Arial set the same letters narrower. */
const LATIN_WIDTH = { serif: 0.80, sans: 0.93 };
/** A list item's text starts this far in (docx's bullet level 0). */
const LIST_INDENT = 720;
const EMU_PER_TWIP = 635;
const CJK = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A run's pieces in reading order: text at a size (half-points), a tab, a page break or a picture. */
type Piece = { text: string; size: number } | { tab: true } | { pageBreak: true } | { picture: { width: number; height: number } };

function runPieces(run: Node, size: number): Piece[] {
  const props = child(run, 'w:rPr');
  const runSize = num(attr(child(props, 'w:sz'), 'w:val'), size);
  const out: Piece[] = [];
  for (const c of childrenOf(run)) {
    const name = nameOf(c);
    if (name === 'w:t') out.push({ text: (c['w:t'] as unknown[]).filter((t): t is string => typeof t === 'string').join(''), size: runSize });
    else if (name === 'w:tab') out.push({ tab: true });
    else if (name === 'w:br' && attr(c, 'w:type') === 'page') out.push({ pageBreak: true });
    else if (name === 'w:drawing') {
      const extent = find(c, 'wp:extent');
      out.push({ picture: { width: num(attr(extent, 'cx'), 0) / EMU_PER_TWIP, height: num(attr(extent, 'cy'), 0) / EMU_PER_TWIP } });
    }
  }
  return out;
}

/** Runs directly in the paragraph, in hyperlinks, and in fields' simple containers, with their bookmarks. */
function collect(node: Node, size: number, pieces: Piece[], bookmarks: string[]): void {
  for (const c of childrenOf(node)) {
    const name = nameOf(c);
    if (name === 'w:r') pieces.push(...runPieces(c, size));
    else if (name === 'w:bookmarkStart') bookmarks.push(String(attr(c, 'w:name')));
    else if (name === 'w:hyperlink' || name === 'w:smartTag' || name === 'w:fldSimple' || name === 'w:ins') collect(c, size, pieces, bookmarks);
  }
}

/**
 * Greedy line breaking as Word does it: a CJK character may end a line anywhere, Latin text only between words.
 * Returns each line's height; a line with a picture is as tall as the picture.
 */
function layLines(pieces: Piece[], width: number, style: StyleMetrics, lineRule: number): number[] {
  const latin = style.sans ? LATIN_WIDTH.sans : LATIN_WIDTH.serif;
  const heights: number[] = [];
  let used = 0;
  let tallest = 0;
  let started = false;
  const scale = lineRule / 240;
  const endLine = (): void => {
    heights.push(tallest * scale);
    used = 0;
    tallest = 0;
    started = false;
  };
  const place = (w: number, h: number): void => {
    if (started && used + w > width) endLine();
    used += w;
    tallest = Math.max(tallest, h);
    started = true;
  };
  let word = 0;
  let wordHeight = 0;
  const flushWord = (): void => {
    if (word > 0) place(word, wordHeight);
    word = 0;
    wordHeight = 0;
  };
  for (const piece of pieces) {
    if ('tab' in piece) {
      flushWord();
      place(Math.min(width - used, 420), 0);
    } else if ('picture' in piece) {
      flushWord();
      place(piece.picture.width, piece.picture.height);
    } else if ('text' in piece) {
      const em = (piece.size / 2) * 20;
      const lineHeight = (piece.size / 2) * 20 * (CJK.test(piece.text) ? LINE_PER_PT.cjk : LINE_PER_PT.latin);
      for (const ch of piece.text) {
        const w = charEm(ch) * em;
        if (w >= em) {
          flushWord();
          place(w, lineHeight);
        } else if (ch === ' ') {
          word += w * latin;
          flushWord();
        } else {
          word += w * latin;
          wordHeight = Math.max(wordHeight, lineHeight);
        }
      }
      flushWord();
      if (!started) tallest = Math.max(tallest, lineHeight); // an empty run still sets the line's height
    }
  }
  flushWord();
  // The last line, or the paragraph mark alone in an empty paragraph, as tall as the style's font.
  if (started || heights.length === 0) heights.push((tallest || (style.size / 2) * 20 * LINE_PER_PT.latin) * scale);
  return heights;
}

/** One paragraph as one or more blocks: a page break inside it splits it, the rest starting a new page. */
function paragraphBlocks(p: Node, width: number, out: Block[]): void {
  const props = child(p, 'w:pPr');
  const style = STYLES[String(attr(child(props, 'w:pStyle'), 'w:val'))] ?? normal;
  const spacing = child(props, 'w:spacing');
  const ind = child(props, 'w:ind');
  const indent = child(props, 'w:numPr') ? LIST_INDENT : num(attr(ind, 'w:left') ?? attr(ind, 'w:start'), style.indent);
  const right = num(attr(ind, 'w:right') ?? attr(ind, 'w:end'), 0);
  const lineRule = attr(spacing, 'w:lineRule') === 'auto' || attr(spacing, 'w:lineRule') === undefined ? num(attr(spacing, 'w:line'), style.line) : 240;
  const pieces: Piece[] = [];
  const bookmarks: string[] = [];
  collect(p, style.size, pieces, bookmarks);
  const base = {
    kind: 'paragraph' as const,
    keepNext: style.keep || isOn(props, 'w:keepNext'),
    keepLines: style.keep || isOn(props, 'w:keepLines'),
    before: num(attr(spacing, 'w:before'), style.before),
    after: num(attr(spacing, 'w:after'), style.after),
  };
  let start = 0;
  let first = true;
  for (let i = 0; i <= pieces.length; i++) {
    if (i < pieces.length && !('pageBreak' in pieces[i])) continue;
    const part = pieces.slice(start, i);
    const last = i === pieces.length;
    // Text before a break keeps its line; an empty part before a break adds nothing, after one it is the paragraph mark.
    if (part.length || last)
      out.push({
        ...base,
        bookmarks: first ? bookmarks : [],
        pageBreakBefore: first && isOn(props, 'w:pageBreakBefore'),
        lines: layLines(part, width - indent - right, style, lineRule),
      });
    if (part.length) first = false;
    if (!last) out.push({ kind: 'break' });
    start = i + 1;
  }
}

function tableBlock(tbl: Node): TableBlock {
  const props = child(tbl, 'w:tblPr');
  const grid = childrenOf(child(tbl, 'w:tblGrid')).map((c) => num(attr(c, 'w:w'), 0));
  const margins = child(props, 'w:tblCellMar');
  const margin = (node: Node | undefined, side: string, fallback: number) => num(attr(child(node, side), 'w:w'), fallback);
  const rows: RowBlock[] = [];
  for (const tr of childrenOf(tbl).filter((c) => 'w:tr' in c)) {
    const rowProps = child(tr, 'w:trPr');
    const minHeight = child(rowProps, 'w:trHeight');
    let height = attr(minHeight, 'w:hRule') === 'exact' ? 0 : num(attr(minHeight, 'w:val'), 0);
    const bookmarks: string[] = [];
    let col = 0;
    for (const tc of childrenOf(tr).filter((c) => 'w:tc' in c)) {
      const cellProps = child(tc, 'w:tcPr');
      const span = num(attr(child(cellProps, 'w:gridSpan'), 'w:val'), 1);
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0) || num(attr(child(cellProps, 'w:tcW'), 'w:w'), 0);
      col += span;
      // A cell merged down the rows lends its height to all of them; the rows' own cells decide.
      if (child(cellProps, 'w:vMerge')) continue;
      const own = child(cellProps, 'w:tcMar');
      const inner = width - margin(own, 'w:left', margin(margins, 'w:left', 108)) - margin(own, 'w:right', margin(margins, 'w:right', 108));
      const blocks = bodyBlocks(childrenOf(tc), inner);
      const content = blocks.reduce((sum, b) => sum + blockHeight(b), 0);
      height = Math.max(height, content + margin(own, 'w:top', margin(margins, 'w:top', 0)) + margin(own, 'w:bottom', margin(margins, 'w:bottom', 0)));
      for (const b of blocks) if (b.kind === 'paragraph') bookmarks.push(...b.bookmarks);
    }
    rows.push({ height, header: isOn(rowProps, 'w:tblHeader'), bookmarks });
  }
  return { kind: 'table', rows };
}

export const blockHeight = (b: Block): number =>
  b.kind === 'paragraph' ? b.before + b.after + b.lines.reduce((a, l) => a + l, 0) : b.kind === 'table' ? b.rows.reduce((a, r) => a + r.height, 0) : 0;

/** The body's paragraphs and tables (contents controls opened up) as blocks laid out in the given text width. */
export function bodyBlocks(nodes: Node[], width: number): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:p') paragraphBlocks(node, width, out);
    else if (name === 'w:tbl') out.push(tableBlock(node));
    else if (name === 'w:sdt') out.push(...bodyBlocks(childrenOf(child(node, 'w:sdtContent')), width));
  }
  return out;
}
