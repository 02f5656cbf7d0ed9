import ExcelJS from 'exceljs';
import type { XlsxCell, XlsxSheet } from '../../../../../shared/deliverables/standard/xlsx/cells.ts';
import { guardXlsx, Refused } from './zip-guard.ts';

function cellOf(cell: ExcelJS.Cell): XlsxCell {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge: // only the merge's first cell holds the value
      return null;
    case ExcelJS.ValueType.Number:
      return cell.value as number;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return cell.text;
    case ExcelJS.ValueType.Formula:
      return { formula: true };
    default:
      return { unsupported: true };
  }
}

/**
 * The sheets of an uploaded workbook as plain cells, after the zip guard has vetted the file. Throws Refused when
 * the file is not a workbook we may read.
 */
export async function readXlsx(bytes: Buffer): Promise<XlsxSheet[]> {
  guardXlsx(bytes);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new Refused('unreadable');
  }
  return book.worksheets.map((sheet) => {
    const rows: XlsxSheet['rows'] = [];
    sheet.eachRow((row, rowNumber) => {
      const cells: XlsxCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = cellOf(cell)));
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
    });
    return { name: sheet.name, rows };
  });
}
