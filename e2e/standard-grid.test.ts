import { describe, expect, it } from 'vitest';
import { cell, gridRow, showDimension, typeInto } from './grid.ts';
import { addPost, countOf, createWorkshop, textOf, useApp, valueOf } from './harness.ts';

/**
 * 成果1's grid driven from the keyboard alone, as a trainer at a projector does: move with the arrows, type to
 * replace, Enter and Tab to commit and move on, Esc to cancel, Ctrl+Enter to add; and an invalid entry that stays
 * visibly unsaved (also after a reload) while no summary calls the post ready.
 */

const app = useApp();
const focusedLabel = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('the indicator grid from the keyboard', () => {
  it('moves, replaces, commits, cancels and adds like a spreadsheet', async () => {
    const { page, errors } = await app.open();
    await createWorkshop(page, { name: '键盘编辑演练' });
    // Entering without a name: the header asks for one (and counts oneself among those online).
    const prompt = page.getByRole('form', { name: '留下你的名字' });
    await prompt.getByLabel('你叫什么？其他人会看到这个名字：').fill('讲师 李明');
    await prompt.getByRole('button', { name: '就用这个' }).click();
    await page.getByRole('button', { name: '我：讲师 李明' }).waitFor();
    await prompt.waitFor({ state: 'detached' });
    await addPost(page, { template: '前台接待' });
    const tangibles = await showDimension(page, '有形度');
    await tangibles.getByRole('button', { name: '有形度的建议指标' }).click();
    await tangibles.getByRole('button', { name: '插入有形度的全部建议指标' }).click();
    await textOf(tangibles.getByRole('status')).toMatch(/指标权重合计\s*100\s*✓\s*已平衡/);

    await cell(gridRow(page, '着装与工牌规范'), '指标名称').click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedLabel(page)).toBe('指标名称：前台台面整洁');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedLabel(page)).toBe('指标权重：25');
    // Typing replaces the cell; Enter commits and moves down.
    await page.keyboard.type('35');
    await page.keyboard.press('Enter');
    await textOf(cell(gridRow(page, '前台台面整洁'), '指标权重')).toBe('35');
    await expect.poll(() => focusedLabel(page)).toBe('指标权重：20');
    await textOf(tangibles.getByRole('status')).toMatch(/指标权重合计\s*110\s*⚠/);
    // Esc cancels an edit: nothing changes.
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedLabel(page)).toBe('指标权重：20');
    // F2 edits what is there; Tab commits and moves right.
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page)).toMatch(/^评分规则：/);
    await textOf(tangibles.getByRole('status')).toMatch(/指标权重合计\s*100\s*✓\s*已平衡/);

    // Data source and cycle take the course's list or the trainer's own words.
    await typeInto(page, cell(gridRow(page, '前台台面整洁'), '数据来源'), 'OTA 点评');
    await textOf(cell(gridRow(page, '前台台面整洁'), '数据来源')).toBe('OTA 点评');
    await typeInto(page, cell(gridRow(page, '前台台面整洁'), '考核周期'), '每周');
    await textOf(cell(gridRow(page, '前台台面整洁'), '考核周期')).toBe('每周');

    // Ctrl+Enter adds an indicator to the dimension, its name open for typing.
    await page.keyboard.press('Control+Enter');
    await valueOf(page.getByRole('grid').getByRole('textbox', { name: '指标名称', exact: true })).toBe('新指标');
    await page.keyboard.type('大堂绿植养护');
    await page.keyboard.press('Enter');
    await gridRow(page, '大堂绿植养护').waitFor();
    await countOf(page.locator('tr.dimension-tangibles')).toBe(5);

    // One suggestion keeps its own weight: balancing is offered where it was inserted.
    const assurance = await showDimension(page, '专业度');
    await assurance.getByRole('button', { name: '专业度的建议指标' }).click();
    await assurance.getByRole('button', { name: /^插入 / }).first().click();
    const offer = assurance.locator('.suggest-offer');
    await textOf(offer).toMatch(/合计为 \d+，不是 100/);
    await offer.getByRole('button', { name: '平均分配' }).click();
    await textOf(assurance.getByRole('status')).toMatch(/指标权重合计\s*100\s*✓\s*已平衡/);
    await offer.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('keeps an entry it cannot save visibly unsaved, also after a reload, and never calls the post ready meanwhile', async () => {
    const { page, errors } = await app.open();
    await page.getByRole('link', { name: '打开 键盘编辑演练' }).click();
    const row = gridRow(page, '着装与工牌规范');
    await cell(row, '指标权重').click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await textOf(page.getByRole('grid').getByRole('alert')).toContain('不能为负数');
    const tangibles = page.getByRole('region', { name: '有形度', exact: true });
    await textOf(tangibles.getByRole('status')).toMatch(/有 1 处修改未保存/);
    await textOf(page.getByRole('region', { name: '检查结果' })).toContain('有 1 处修改未保存');
    // Leaving the cell keeps the draft, marked.
    await cell(gridRow(page, '前台台面整洁'), '指标名称').click();
    await textOf(cell(row, '指标权重')).toMatch(/-5\s*⚠ 未保存/);

    await page.reload();
    await textOf(cell(gridRow(page, '着装与工牌规范'), '指标权重')).toMatch(/-5\s*⚠ 未保存/);
    await textOf(tangibles.getByRole('status')).toMatch(/有 1 处修改未保存/);
    // Esc on the marked cell discards the draft: the stored weight is back and the post is balanced again.
    await cell(gridRow(page, '着装与工牌规范'), '指标权重').click();
    await page.keyboard.press('Escape');
    await textOf(cell(gridRow(page, '着装与工牌规范'), '指标权重')).toBe('30');
    await textOf(tangibles.getByRole('status')).toMatch(/指标权重合计\s*100\s*✓\s*已平衡/);
    await textOf(page.getByRole('region', { name: '检查结果' })).not.toContain('未保存');

    // A long description shows its length against the limit while it is typed.
    await cell(gridRow(page, '着装与工牌规范'), '指标名称').click();
    const description = page.getByRole('region', { name: '指标详情：着装与工牌规范' }).getByLabel('指标描述', { exact: true });
    await description.fill('x'.repeat(2001));
    await textOf(page.getByRole('region', { name: '指标详情：着装与工牌规范' })).toContain('2001 / 2000');
    expect(errors).toEqual([]);
  });
});
