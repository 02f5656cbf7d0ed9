import type { Block, ParagraphBlock } from './blocks.ts';

export interface Pages {
  /** The page (from 1, the cover) each bookmark starts on. */
  bookmarks: Map<string, number>;
  pageCount: number;
}

/** Room the block needs at the bottom of a page to start there: its first line, or with keepNext, all of it and the next one's start. */
function startRoom(blocks: Block[], i: number, after: number): number {
  const b = blocks[i];
  if (!b || b.kind === 'break') return 0;
  if (b.kind === 'table') return b.rows.slice(0, 2).reduce((a, r) => a + r.height, 0);
  const before = Math.max(0, b.before - after);
  if (!b.keepLines && !b.keepNext) return before + b.lines[0];
  const own = before + b.lines.reduce((a, l) => a + l, 0);
  return own + (b.keepNext ? b.after + startRoom(blocks, i + 1, b.after) : 0);
}

/**
 * Puts the blocks on pages of `height` twips of text, as Word does for what our documents hold: page breaks, keeping
 * headings with what follows, rows that never split, the header row repeated, space before dropped at the top of a
 * page the text flowed onto.
 */
export function paginate(blocks: Block[], height: number): Pages {
  const bookmarks = new Map<string, number>();
  let page = 1;
  let y = 0;
  let flowed = false; // whether the current page began because the one before was full
  let after = 0; // the space after the paragraph just placed, which the next one's space before overlaps
  const newPage = (byFlow: boolean): void => {
    page++;
    y = 0;
    after = 0;
    flowed = byFlow;
  };
  const mark = (names: string[]): void => {
    for (const n of names) if (!bookmarks.has(n)) bookmarks.set(n, page);
  };
  const paragraph = (b: ParagraphBlock, i: number): void => {
    if (b.pageBreakBefore && y > 0) newPage(false);
    if (y > 0 && y + startRoom(blocks, i, after) > height) newPage(true);
    // Space between paragraphs is the larger of the one's after and the other's before, as Word and LibreOffice lay it.
    y += y === 0 && flowed ? 0 : Math.max(0, b.before - after);
    mark(b.bookmarks);
    for (const line of b.lines) {
      if (y > 0 && y + line > height) newPage(true);
      y += line;
    }
    after = Math.min(b.after, height - y);
    y += after;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'break') newPage(false);
    else if (b.kind === 'paragraph') paragraph(b, i);
    else {
      const header = b.rows[0]?.header ? b.rows[0].height : 0;
      b.rows.forEach((row, r) => {
        if (y > 0 && y + row.height > height) {
          newPage(true);
          if (!row.header && r > 0) y = header;
        }
        mark(row.bookmarks);
        y += row.height;
        after = 0;
        // A row taller than a page runs on over the next ones.
        while (y > height) {
          const rest = y - height;
          newPage(true);
          y = rest;
        }
      });
    }
  });
  return { bookmarks, pageCount: page };
}
