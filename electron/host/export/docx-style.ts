import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  PageNumber,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
  type FileChild,
  type IStylesOptions,
} from 'docx';
import type { Language } from '../../../shared/domain/workshop.ts';
import { docWords } from './doc-words.ts';
import { SIZES, STYLE_SPACING, TOC_INDENT } from './docx-metrics.ts';
import { estimatePages } from './page-estimate.ts';

export { SIZES };

/**
 * The one look of every Word deliverable. Chinese text needs its East Asian font named explicitly: Word and
 * LibreOffice otherwise pick a Latin face and show boxes or a random fallback. 宋体 for body and 黑体 for headings
 * are what a Chinese Windows machine has; LibreOffice on Linux maps them to Noto CJK. Latin text pairs Times New Roman
 * with 宋体 and Arial with 黑体, as Chinese office documents do; both have metric twins on Linux (Liberation), so a
 * preview breaks lines where Word does.
 */
export const FONTS = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' },
  heading: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体' },
};
export const COLORS = { accent: '1F4E8C', headerFill: 'D9E2F3', border: '8EA9DB', muted: '595959', warnFill: 'FFF4E5', warn: 'C92A2A' };

/** A4 portrait in twips, 2.54 cm top/bottom and 2.3 cm side margins. */
export const PAGE = { width: 11906, height: 16838, marginX: 1304, marginY: 1440, headerFooter: 851 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

const HEADING_LIST = 'heading-numbers';

/** Heading 1 numbered "1", heading 2 "1.1", as Word's outline numbering: new headings a reader adds number themselves. */
const numbering = {
  config: [
    {
      reference: HEADING_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1', suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, isLegalNumberingStyle: true },
      ],
    },
  ],
};

function styles(lang: Language): IStylesOptions {
  // Chinese punctuation (“”、…) takes the East Asian font only when the run hints so.
  const hint = lang === 'zh-CN' ? { hint: 'eastAsia' } : {};
  const heading = (size: number, level: number, spacing: { before: number; after: number; line: number }) => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: { ...FONTS.heading, ...hint }, size, bold: true, color: COLORS.accent },
    paragraph: {
      spacing: { ...spacing, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      numbering: { reference: HEADING_LIST, level },
    },
  });
  return {
    default: {
      document: {
        run: { font: { ...FONTS.body, ...hint }, size: SIZES.body, language: { value: lang === 'en' ? 'en-GB' : 'en-US', eastAsia: 'zh-CN' } },
        // lineRule spelled out: LibreOffice reads a bare w:line as exact and clips pictures to one line.
        paragraph: { spacing: { line: STYLE_SPACING.normal.line, lineRule: LineRuleType.AUTO, after: STYLE_SPACING.normal.after } },
      },
      heading1: heading(SIZES.h1, 0, STYLE_SPACING.heading1),
      heading2: heading(SIZES.h2, 1, STYLE_SPACING.heading2),
      caption: { run: { size: SIZES.small, color: COLORS.muted, italics: false }, paragraph: { alignment: AlignmentType.CENTER, spacing: STYLE_SPACING.caption } },
    },
    paragraphStyles: [
      {
        id: 'ContentsTitle',
        name: 'Contents Title',
        basedOn: 'Normal',
        run: { font: { ...FONTS.heading, ...hint }, size: SIZES.h1, bold: true, color: COLORS.accent },
        paragraph: { alignment: AlignmentType.CENTER, spacing: STYLE_SPACING.contentsTitle },
      },
      ...[1, 2].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: level === 1 },
        paragraph: {
          indent: { left: (level - 1) * TOC_INDENT },
          spacing: level === 1 ? STYLE_SPACING.toc1 : STYLE_SPACING.toc2,
          tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: 'dot' as const }],
        },
      })),
    ],
  };
}

/** Contents filled from the headings by docx (entries + links), so it reads before Word ever updates the field. */
function contents(lang: Language): FileChild[] {
  return [
    new Paragraph({ style: 'ContentsTitle', text: docWords(lang).contents }),
    new TableOfContents(docWords(lang).contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function pageHeader(title: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.border, space: 4 } },
        children: [new TextRun({ text: title, size: SIZES.small, color: COLORS.muted })],
      }),
    ],
  });
}

function pageFooter(lang: Language): Footer {
  const w = docWords(lang);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: SIZES.small, color: COLORS.muted, children: [w.pageBefore, PageNumber.CURRENT, w.pageMiddle, PageNumber.TOTAL_PAGES, w.pageAfter] })],
      }),
    ],
  });
}

export interface DocumentParts {
  lang: Language;
  /** Shown in the page header and the file's properties. */
  title: string;
  company: string;
  /** The cover: one page, printed without header and footer. */
  cover: FileChild[];
  body: FileChild[];
}

/** A4 document with the shared styles, a bare first page for the cover, the title in the header and page X of Y below. */
export function buildDocument(parts: DocumentParts): Document {
  const empty = { children: [new Paragraph({})] };
  return new Document({
    title: parts.title,
    creator: parts.company,
    styles: styles(parts.lang),
    numbering,
    // The contents show heading numbers and page numbers without Word updating the field; the pages are an estimate.
    pageNumbers: estimatePages,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginY, bottom: PAGE.marginY, left: PAGE.marginX, right: PAGE.marginX, header: PAGE.headerFooter, footer: PAGE.headerFooter },
          },
        },
        headers: { default: pageHeader(parts.title), first: new Header(empty) },
        footers: { default: pageFooter(parts.lang), first: new Footer(empty) },
        children: [...parts.cover, ...contents(parts.lang), ...parts.body],
      },
    ],
  });
}
