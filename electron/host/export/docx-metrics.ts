/** The type sizes and paragraph spacing of the Word style, apart from docx-style.ts so the page estimate can read them. */

/** Half-points: 五号 10.5 pt body, 小五 9 pt tables, 三号 16 pt / 四号 14 pt headings, 一号 26 pt cover title. */
export const SIZES = { body: 21, table: 18, small: 18, h1: 32, h2: 28, title: 52, subtitle: 32 };

/**
 * Spacing of the paragraph styles in twips (line: 240 = single), used by the styles (docx-style.ts) and by the page
 * estimate (page-estimate.ts), which lays the pages out from these numbers rather than reading the styles back.
 */
export const STYLE_SPACING = {
  normal: { before: 0, after: 120, line: 300 },
  heading1: { before: 360, after: 160, line: 276 },
  heading2: { before: 240, after: 160, line: 276 },
  caption: { before: 60, after: 240 },
  contentsTitle: { before: 240, after: 360 },
  toc1: { before: 120, after: 60 },
  toc2: { before: 0, after: 60 },
};
/** Left indent of each contents level below the first. */
export const TOC_INDENT = 420;
