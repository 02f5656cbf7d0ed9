import type { Locator, Page } from 'playwright-core';

/** How the browser tests reach 成果1's grid: rows by indicator name, cells by their column's label. */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The grid row of an indicator (its number in the dimension is not part of the match). */
export const gridRow = (scope: Page | Locator, name: string): Locator =>
  scope.getByRole('row', { name: new RegExp(`^指标 \\d+：${escape(name)}$`) });

/** A cell of a row by its column label (指标名称, 指标权重, 评分规则, 数据来源, 考核周期). */
export const cell = (row: Locator, label: string): Locator => row.getByRole('gridcell', { name: new RegExp(`^${escape(label)}：`) });

/** The side panel of a dimension (shown for the dimension of the row the cursor is in). */
export const dimensionPanel = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

/** Puts the cursor on a dimension's first row, so the side panel shows that dimension. */
export async function showDimension(page: Page, name: string): Promise<Locator> {
  await page.getByRole('gridcell', { name: `维度：${name}`, exact: true }).first().click();
  const panel = dimensionPanel(page, name);
  await panel.waitFor();
  return panel;
}

/** Edits a text or number cell with the keyboard: select it, Enter, replace the text, Enter. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
