/**
 * Text measured without a font engine, so layout runs the same in Node, the browser and tests:
 * CJK and full-width characters take 1em; Latin is proportional, so it is sorted into a few width classes
 * (measured on Noto Sans CJK SC's Latin glyphs, rounded up so boxes err on the roomy side).
 */
const WIDE_RANGES = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** Pieces a line may break after: one wide character, one latin word with its trailing spaces, or a run of spaces. */
const UNITS = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+\\s*|\\s+`, 'gu');

const NARROW = /[ijlI.,:;'!|()[\]{}\s\-trf]/;
const BROAD = /[mwMW%@]/;

export function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (NARROW.test(ch)) return 0.34;
  if (BROAD.test(ch)) return 0.9;
  return /[A-Z]/.test(ch) ? 0.68 : 0.58;
}

export const textEm = (text: string): number => [...text].reduce((sum, ch) => sum + charEm(ch), 0);

/** Greedy line wrapping at `maxEm`; a word longer than a line is cut between characters. */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of text.trim().match(UNITS) ?? []) {
    const word = unit.trimEnd();
    if (textEm(line + word) <= maxEm) {
      line += unit;
      continue;
    }
    push();
    for (const ch of word) {
      if (textEm(line + ch) > maxEm) push();
      line += ch;
    }
    line += unit.slice(word.length);
  }
  push();
  return lines.length ? lines : [''];
}
