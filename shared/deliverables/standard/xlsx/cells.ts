/**
 * A cell as the importer sees it, whatever library read the file: text, a number, empty, a formula (never
 * evaluated, always refused) or anything else (dates, errors, pictures' anchors), refused as not a value.
 */
export type XlsxCell = string | number | null | { formula: true } | { unsupported: true };

export interface XlsxRow {
  /** 1-based, as Excel shows it. */
  row: number;
  /** Column A first. */
  cells: XlsxCell[];
}

export interface XlsxSheet {
  name: string;
  rows: XlsxRow[];
}
