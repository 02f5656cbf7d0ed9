import type { BookmarkListNumber, EstimatedPageNumbers, IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { bodyBlocks } from './page-estimate/blocks.ts';
import { attr, child, childrenOf, nameOf, num, type Node } from './page-estimate/ooxml.ts';
import { paginate } from './page-estimate/paginate.ts';

/**
 * Page numbers for the contents, worked out from what our documents are made of (buildDocument's styles, paragraphs,
 * tables with rows that never split, pictures of known size, page breaks before chapters) in one pass over the body.
 * docx's own layout (`docx/layout`) measures every glyph as Word would and spends seconds on a large standard's table
 * cells, while guessing the widths of 宋体 and 黑体 all the same; this estimate measures text with text-metrics' CJK and
 * Latin widths instead. The page a heading lands on can differ by one where a page is nearly full.
 */

/** The body's page size and margins, from its last section's properties; A4 with Word's margins if it has none. */
function textArea(body: Node[]): { width: number; height: number } {
  const section = [...body].reverse().find((n) => nameOf(n) === 'w:sectPr');
  const size = child(section, 'w:pgSz');
  const margin = child(section, 'w:pgMar');
  const side = (s: string, fallback: number) => num(attr(margin, s), fallback);
  return {
    width: num(attr(size, 'w:w'), 11906) - side('w:left', 1440) - side('w:right', 1440),
    height: num(attr(size, 'w:h'), 16838) - side('w:top', 1440) - side('w:bottom', 1440),
  };
}

const bodyOf = (xml: IXmlableObject): Node[] => childrenOf(xml as Node);

function estimate(xml: IXmlableObject): EstimatedPageNumbers {
  const body = bodyOf(xml);
  const area = textArea(body);
  const { bookmarks, pageCount } = paginate(bodyBlocks(body, area.width), area.height);
  return {
    bookmarks: new Map([...bookmarks].map(([name, page]) => [name, String(page)])),
    bookmarkPageNumbers: bookmarks,
    pageCount,
    sectionPageCounts: [pageCount],
  };
}

/** Widths of the number's characters in Aptos 12 pt, in twips, which is what docx asks for (see BookmarkListNumber). */
const APTOS_DIGIT = 128.16;
const APTOS_DOT = 68.64;

/**
 * The heading numbers ("2", "2.3") of the bookmarked headings, counted as Word counts buildDocument's outline list:
 * a heading 1 starts a new chapter and restarts the heading 2 count.
 */
function listNumbers(xml: IXmlableObject): ReadonlyMap<string, BookmarkListNumber> {
  const numbers = new Map<string, BookmarkListNumber>();
  const counts = [0, 0];
  for (const p of bodyOf(xml)) {
    if (nameOf(p) !== 'w:p') continue;
    const level = { Heading1: 0, Heading2: 1 }[String(attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val'))];
    if (level === undefined) continue;
    counts[level]++;
    if (level === 0) counts[1] = 0;
    const text = counts.slice(0, level + 1).join('.');
    const width = [...text].reduce((w, ch) => w + (ch === '.' ? APTOS_DOT : APTOS_DIGIT), 0);
    for (const c of childrenOf(p)) if (nameOf(c) === 'w:bookmarkStart') numbers.set(String(attr(c, 'w:name')), { text, separator: 'space', width });
  }
  return numbers;
}

export const estimatePages: PageNumberEstimator = Object.assign((xml: IXmlableObject, _context: IContext) => estimate(xml), { listNumbers });
