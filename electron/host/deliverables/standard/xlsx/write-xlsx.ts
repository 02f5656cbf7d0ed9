import ExcelJS from 'exceljs';
import { DIMENSIONS } from '../../../../../shared/domain/dimensions.ts';
import type { Post } from '../../../../../shared/domain/standard.ts';
import type { WorkshopState } from '../../../../../shared/domain/state.ts';
import { COL, columnLetter, SHEET, XLSX_LIMITS } from '../../../../../shared/deliverables/standard/xlsx/layout.ts';
import { cycleLabel, dimensionLabel, ruleLabel, sourceLabel, xlsxLabels } from '../../../../../shared/deliverables/standard/xlsx/words.ts';
import { indicatorsOf } from '../../../../../shared/rules/weights.ts';
import { docxFileName } from '../../../export/docx-file-name.ts';
import { standardWords } from '../../../export/standard-words.ts';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique regardless of case. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const BOLD = { bold: true };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function postSheet(book: ExcelJS.Workbook, state: WorkshopState, post: Post, name: string): void {
  const lang = state.workshop.language;
  const l = xlsxLabels(lang);
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: SHEET.headerRow }] });
  sheet.columns = [16, 26, 44, 12, 36, 18, 16].map((width) => ({ width }));

  sheet.getRow(SHEET.postRow).values = [l.post, post.name];
  sheet.getRow(SHEET.descriptionRow).values = [l.description, post.description];
  sheet.getRow(SHEET.dimensionHeadRow).values = [l.dimension, ...DIMENSIONS.map((d) => dimensionLabel(lang, d)), l.total];
  const weights = DIMENSIONS.map((d) => post.dimensionWeights[d]);
  const last = 2 + DIMENSIONS.length;
  sheet.getRow(SHEET.dimensionWeightRow).values = [l.dimensionWeight, ...weights];
  // Sums are formulas, so a manager editing weights in Excel sees them add up; the cached results serve viewers that do not recalculate.
  const w = SHEET.dimensionWeightRow;
  sheet.getCell(w, last).value = { formula: `SUM(B${w}:${columnLetter(last - 1)}${w})`, result: weights.reduce((a, b) => a + b, 0) };
  sheet.getCell(SHEET.sumRow, 1).value = l.indicatorSum;
  const from = SHEET.firstIndicatorRow;
  const to = XLSX_LIMITS.rowsPerSheet;
  const dim = columnLetter(COL.dimension);
  const weight = columnLetter(COL.weight);
  DIMENSIONS.forEach((d, i) => {
    const col = columnLetter(2 + i);
    const result = indicatorsOf(state.indicators, post.id, d).reduce((a, ind) => a + ind.weight, 0);
    sheet.getCell(SHEET.sumRow, 2 + i).value = {
      formula: `SUMIF($${dim}$${from}:$${dim}$${to},${col}$${SHEET.dimensionHeadRow},$${weight}$${from}:$${weight}$${to})`,
      result,
    };
  });
  for (const r of [SHEET.postRow, SHEET.descriptionRow, SHEET.dimensionHeadRow, SHEET.dimensionWeightRow, SHEET.sumRow]) sheet.getCell(r, 1).font = BOLD;
  sheet.getCell(SHEET.postRow, 2).font = BOLD;
  sheet.getCell(SHEET.descriptionRow, 2).alignment = { wrapText: true, vertical: 'top' };

  const header = sheet.getRow(SHEET.headerRow);
  header.values = l.columns;
  header.font = BOLD;
  header.eachCell((cell) => (cell.fill = HEAD_FILL));

  let row = from;
  for (const d of DIMENSIONS) {
    for (const ind of indicatorsOf(state.indicators, post.id, d)) {
      const r = sheet.getRow(row++);
      r.values = [dimensionLabel(lang, d), ind.name, ind.description, ind.weight, ruleLabel(lang, ind.scoring), sourceLabel(lang, ind.dataSource), cycleLabel(lang, ind.cycle)];
      r.alignment = { wrapText: true, vertical: 'top' };
    }
  }
}

/** 成果1 as a workbook: one sheet per post with the Word table's columns, weights as numbers and sums as formulas. */
export async function buildStandardXlsx(state: WorkshopState): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Satisfy Studio';
  const taken = new Set<string>();
  for (const post of state.posts) postSheet(book, state, post, sheetName(post.name, taken));
  if (!state.posts.length) book.addWorksheet(sheetName(xlsxLabels(state.workshop.language).post, taken));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const standardXlsxFileName = (state: WorkshopState): string =>
  docxFileName(standardWords(state.workshop.language).fileStem, state.workshop.company).replace(/\.docx$/, '.xlsx');
