import JSZip from 'jszip';

/** What a reader sees in a Word file's body: paragraphs (with their style) and table rows (cell texts). */
export interface DocxText {
  paragraphs: { style: string | null; text: string }[];
  rows: string[][];
  /** The text of each page header (word/header*.xml). */
  headers: string[];
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The visible text of a piece of WordprocessingML: every <w:t>, in order. */
const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');

/** Reads a .docx's word/document.xml (and its page headers) as plain text; host tests and browser tests share it. */
export async function readDocxBytes(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('the file has no word/document.xml');
  const xml = await entry.async('string');
  const paragraphs = [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    text: textOf(m[1]!),
  }));
  const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1]!).trim()),
  );
  const headerFiles = zip.file(/^word\/header\d*\.xml$/);
  const headers = await Promise.all(headerFiles.map(async (f) => textOf(await f.async('string'))));
  return { paragraphs, rows, headers };
}
