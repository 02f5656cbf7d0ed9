import { inflateRawSync } from 'node:zlib';
import type { ImportRefusal } from '../../../../../shared/deliverables/standard/xlsx/problems.ts';
import { XLSX_LIMITS } from '../../../../../shared/deliverables/standard/xlsx/layout.ts';

export class Refused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal);
  }
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// Rows as Excel and other writers spell them, with or without a namespace prefix.
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

function centralDirectory(zip: Buffer): Entry[] {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0 || zip.readUInt32LE(0) !== LOCAL) throw new Refused('notXlsx');
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  // Zip64 markers: a spreadsheet within our limits never needs them.
  if (count === 0xffff || offset === 0xffffffff) throw new Refused('zipBomb');
  if (count > XLSX_LIMITS.zipEntries) throw new Refused('zipBomb');
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new Refused('notXlsx');
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

function checkSizes(entries: readonly Entry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    const bomb =
      e.size > XLSX_LIMITS.entryBytes ||
      total > XLSX_LIMITS.totalBytes ||
      (e.size > 1024 * 1024 && e.size > e.compressed * XLSX_LIMITS.ratio);
    if (bomb) throw new Refused('zipBomb');
    if (e.flags & 1 || (e.method !== 0 && e.method !== 8)) throw new Refused('unreadable'); // encrypted, or not deflate
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw new Refused('notXlsx');
}

/** Inflates one part, never past the size the directory declared: a part that lies about its size is a bomb. */
function inflate(zip: Buffer, e: Entry): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new Refused('notXlsx');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + e.compressed);
  if (data.length !== e.compressed) throw new Refused('notXlsx');
  if (e.method === 0) return data;
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch (error) {
    throw new Refused((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'zipBomb' : 'unreadable');
  }
  if (out.length !== e.size) throw new Refused('zipBomb');
  return out;
}

const countRows = (xml: string): number => {
  let n = 0;
  ROW_TAG.lastIndex = 0;
  while (ROW_TAG.exec(xml)) if (++n > XLSX_LIMITS.rowsPerSheet) break;
  return n;
};

/**
 * Vets an uploaded workbook before any spreadsheet library touches it: a zip at all, an Excel workbook, part count
 * and inflated sizes from the central directory, every part inflated with its declared size as a hard ceiling,
 * at most one sheet per allowed post and a bounded number of rows per sheet. Throws Refused otherwise.
 */
export function guardXlsx(zip: Buffer): void {
  if (zip.length > XLSX_LIMITS.fileBytes) throw new Refused('tooLarge');
  if (zip.length < 22) throw new Refused('notXlsx');
  const entries = centralDirectory(zip);
  checkSizes(entries);
  const sheets = entries.filter((e) => SHEET_PART.test(e.name));
  if (sheets.length > XLSX_LIMITS.sheets) throw new Refused('tooManySheets');
  for (const e of entries) {
    const part = inflate(zip, e);
    if (SHEET_PART.test(e.name) && countRows(part.toString('utf8')) > XLSX_LIMITS.rowsPerSheet) throw new Refused('tooManyRows');
  }
}
