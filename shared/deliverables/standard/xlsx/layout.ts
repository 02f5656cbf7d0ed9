import { LIMITS } from '../../../domain/limits.ts';

/**
 * Where things sit on a post's sheet (1-based rows): the post and its five dimension weights on top, then the same
 * columns as the Word file's indicator table, one indicator per row. Export writes this and import reads it back.
 */
export const SHEET = {
  postRow: 1,
  descriptionRow: 2,
  dimensionHeadRow: 3,
  dimensionWeightRow: 4,
  sumRow: 5,
  headerRow: 7,
  firstIndicatorRow: 8,
} as const;

/** Columns of the indicator table, 1-based, in the Word table's order. */
export const COL = { dimension: 1, name: 2, description: 3, weight: 4, rule: 5, source: 6, cycle: 7 } as const;

export const columnLetter = (n: number): string => String.fromCharCode(64 + n);

/**
 * What an imported workbook may be. The largest real standard (30 posts × 5 dimensions × 20 indicators) packs into a
 * few hundred kilobytes; these leave room for long descriptions and refuse anything far beyond.
 */
export const XLSX_LIMITS = {
  /** Request body, compressed. */
  fileBytes: 4 * 1024 * 1024,
  zipEntries: 200,
  /** One part once inflated (a sheet, the shared strings). */
  entryBytes: 16 * 1024 * 1024,
  /** All parts once inflated. */
  totalBytes: 48 * 1024 * 1024,
  /** Inflated ÷ compressed for any part larger than a megabyte; zip bombs run to thousands. */
  ratio: 200,
  sheets: LIMITS.postsPerWorkshop,
  /** Head rows plus 5 dimensions × 20 indicators, with room for blank lines. */
  rowsPerSheet: 300,
} as const;
