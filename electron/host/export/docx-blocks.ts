import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ChartImage } from './chart-image.ts';
import { COLORS, CONTENT_WIDTH, SIZES } from './docx-style.ts';

/** Building blocks of the deliverables' bodies; all spacing, colours and sizes come from docx-style.ts. */

export const heading = (text: string, level: 1 | 2, opts: { newPage?: boolean } = {}): Paragraph =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore: opts.newPage });

type Inline = string | TextRun;
const runs = (content: Inline | Inline[]): TextRun[] =>
  (Array.isArray(content) ? content : [content]).map((c) => (typeof c === 'string' ? new TextRun(c) : c));

export const strong = (text: string): TextRun => new TextRun({ text, bold: true });

export interface ParaOptions {
  align?: 'left' | 'center' | 'right';
  /** Twips; `before` mostly to clear a table above. */
  before?: number;
  after?: number;
}
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

export const para = (content: Inline | Inline[], opts: ParaOptions = {}): Paragraph =>
  new Paragraph({
    children: runs(content),
    alignment: opts.align ? ALIGN[opts.align] : undefined,
    spacing: opts.before === undefined && opts.after === undefined ? undefined : { before: opts.before, after: opts.after },
  });

export const bullet = (content: Inline | Inline[]): Paragraph =>
  new Paragraph({ children: runs(content), bullet: { level: 0 }, spacing: { after: 60 } });

export const caption = (text: string): Paragraph => new Paragraph({ text, style: 'Caption' });

const CM_TO_PX = 96 / 2.54;

/** A picture centred and scaled down (never up) to fit the given box, keeping its proportions. */
export function picture(img: ChartImage, alt: string, box: { maxWidthCm: number; maxHeightCm: number }): Paragraph {
  const scale = Math.min(1, (box.maxWidthCm * CM_TO_PX) / img.width, (box.maxHeightCm * CM_TO_PX) / img.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'png',
        data: img.png,
        transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}

export interface Column {
  header: string;
  /** Relative width; the table always spans the text width of an A4 portrait page. */
  width: number;
  align?: 'left' | 'center' | 'right';
}
/** Plain text, ready paragraphs (for mixed formatting), or text with emphasis and merging. */
export type CellText = string | Paragraph[] | { text: string; bold?: boolean; fill?: string; color?: string; rowSpan?: number; columnSpan?: number };

const line = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Table-cell text: one paragraph per line the class typed, so their line breaks survive. */
export const cellLines = (text: string, opts: { bold?: boolean; color?: string; align?: Column['align'] } = {}): Paragraph[] =>
  (text || ' ').split(/\r?\n/).map(
    (l) =>
      new Paragraph({
        alignment: ALIGN[opts.align ?? 'left'],
        spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text: l, bold: opts.bold, color: opts.color, size: SIZES.table })],
      }),
  );

function cell(content: CellText, width: number, align: Column['align'], header: boolean): TableCell {
  const c = typeof content === 'string' || Array.isArray(content) ? { text: content } : content;
  const fill = header ? COLORS.headerFill : 'fill' in c ? c.fill : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    rowSpan: 'rowSpan' in c ? c.rowSpan : undefined,
    columnSpan: 'columnSpan' in c ? c.columnSpan : undefined,
    children: Array.isArray(c.text)
      ? c.text
      : cellLines(c.text, { bold: header || ('bold' in c && c.bold), color: 'color' in c ? c.color : undefined, align: header ? 'center' : align }),
  });
}

const span = (c: CellText, key: 'rowSpan' | 'columnSpan'): number =>
  typeof c === 'string' || Array.isArray(c) ? 1 : (c[key] ?? 1);

/**
 * Full-width table with a shaded header row that repeats on every page; rows never break across pages.
 * A row lists only the cells it starts: columns covered by a rowSpan from above are skipped.
 */
export function table(columns: Column[], rows: CellText[][], opts: { minRowHeight?: number } = {}): Table {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const covered = columns.map(() => 0);
  const row = (cells: CellText[], header: boolean): TableRow => {
    const out: TableCell[] = [];
    let next = 0;
    for (let col = 0; col < columns.length; ) {
      if (covered[col] > 0 || next >= cells.length) {
        covered[col] = Math.max(0, covered[col] - 1);
        col++;
        continue;
      }
      const c = cells[next++];
      const cols = span(c, 'columnSpan');
      for (let k = col; k < col + cols; k++) covered[k] = span(c, 'rowSpan') - 1;
      const width = widths.slice(col, col + cols).reduce((a, b) => a + b, 0);
      out.push(cell(c, width, columns[col].align, header));
      col += cols;
    }
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      height: opts.minRowHeight && !header ? { value: opts.minRowHeight, rule: HeightRule.ATLEAST } : undefined,
      children: out,
    });
  };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [row(columns.map((c) => c.header), true), ...rows.map((r) => row(r, false))],
  });
}

/** A boxed, tinted note that stands out on screen and in grey print: used for warnings such as unbalanced weights. */
export function callout(title: string, lines: string[]): Table {
  const edge = { style: BorderStyle.SINGLE, size: 12, color: COLORS.warn };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: edge, bottom: edge, left: edge, right: edge, insideHorizontal: edge, insideVertical: edge },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: CONTENT_WIDTH, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.warnFill },
            margins: { top: 120, bottom: 120, left: 160, right: 160 },
            children: [
              new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: title, bold: true, color: COLORS.warn })] }),
              ...lines.map((l) => new Paragraph({ text: l, bullet: { level: 0 }, spacing: { after: 40 } })),
            ],
          }),
        ],
      }),
    ],
  });
}
