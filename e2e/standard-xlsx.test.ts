import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cell, gridRow, showDimension } from './grid.ts';
import { addPost, createWorkshop, textOf, useApp } from './harness.ts';

/**
 * 成果1 through Excel, as a manager passes it around: export the workbook, change a weight in it with a spreadsheet
 * library, import it, confirm, and see the grid follow; a file with problems or not a workbook at all changes nothing.
 */

const app = useApp();
const downloads = mkdtempSync(join(tmpdir(), 'satisfy-e2e-xlsx-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const choose = (page: Page, name: string, buffer: Buffer) => page.getByTestId('xlsx-file').setInputFiles({ name, mimeType: XLSX, buffer });

/** The row of an indicator on a post's sheet, by its name in column B. */
function rowOf(sheet: ExcelJS.Worksheet, name: string): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === name) found = n;
  });
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('成果1 in and out of Excel', () => {
  it('exports a workbook, imports an edited one after a preview, and refuses bad files without changing anything', async () => {
    const { page, errors } = await app.open();
    await createWorkshop(page, { name: 'Excel 往返演练', company: '示例酒店' });
    await addPost(page, { template: '前台接待' });
    const tangibles = await showDimension(page, '有形度');
    await tangibles.getByRole('button', { name: '有形度的建议指标' }).click();
    await tangibles.getByRole('button', { name: '插入有形度的全部建议指标' }).click();
    await textOf(cell(gridRow(page, '前台台面整洁'), '指标权重')).toBe('25');
    const dressWeight = (await cell(gridRow(page, '着装与工牌规范'), '指标权重').textContent())?.trim();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('成果1_服务岗位内部服务考核标准_1.0_示例酒店.xlsx');
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('前台接待')!;
    const desk = rowOf(sheet, '前台台面整洁');
    expect(sheet.getCell(desk, 4).value).toBe(25);
    sheet.getCell(desk, 4).value = 40;
    await choose(page, 'edited.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const preview = page.getByRole('dialog', { name: '导入 Excel：edited.xlsx' });
    await textOf(preview).toContain('修改指标 1 项');
    // Nothing has changed while the preview is open.
    await textOf(cell(gridRow(page, '前台台面整洁'), '指标权重')).toBe('25');
    await preview.getByRole('button', { name: '确认导入' }).click();
    await textOf(cell(gridRow(page, '前台台面整洁'), '指标权重')).toBe('40');

    // A formula and an unknown dimension: every problem by sheet and row, nothing applied.
    sheet.getCell(desk, 4).value = { formula: 'SUM(1,99)', result: 100 } as ExcelJS.CellFormulaValue;
    sheet.getCell(rowOf(sheet, '着装与工牌规范'), 1).value = '服务速度';
    await choose(page, 'broken.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const problems = page.getByRole('dialog', { name: '无法导入：broken.xlsx' });
    await textOf(problems).toContain(`工作表“前台接待”D${desk} 单元格: 含有公式`);
    await textOf(problems).toContain('不是五个维度之一');
    await expect(problems.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    await problems.getByRole('button', { name: '知道了' }).click();

    // Not a workbook at all, whatever its name says.
    await choose(page, 'standard.xlsx', Buffer.from('维度,指标,权重\n有形度,前台台面整洁,100\n'));
    const refused = page.getByRole('dialog', { name: '已拒绝导入' });
    await textOf(refused).toContain('这不是 Excel 工作簿（.xlsx）');
    await refused.getByRole('button', { name: '知道了' }).click();
    await textOf(cell(gridRow(page, '前台台面整洁'), '指标权重')).toBe('40');
    await textOf(cell(gridRow(page, '着装与工牌规范'), '指标权重')).toBe(dressWeight);
    // The refusal is the host's 422, which Chromium logs as a failed resource; nothing else may have gone wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
  }, 120_000);
});
