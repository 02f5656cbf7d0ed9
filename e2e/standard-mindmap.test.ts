import { describe, expect, it } from 'vitest';
import { cell, gridRow } from './grid.ts';
import { addPost, countOf, createWorkshop, textOf, useApp } from './harness.ts';

/** The mind map as a place to work, from the keyboard alone: add, rename, weigh, remove and fold topics. */

const app = useApp();

describe('the mind map from the keyboard', () => {
  it('adds children and siblings, renames, sets weights, removes and folds, and the table follows', async () => {
    const { page, errors } = await app.open();
    await createWorkshop(page, { name: '导图编辑演练' });
    await addPost(page, { template: '前台接待' });
    await page.getByRole('tab', { name: '思维导图' }).click();
    const map = page.getByRole('region', { name: '思维导图：岗位、维度与指标' });
    const node = (label: string) => map.locator('.react-flow__node').filter({ hasText: label });
    const selected = map.locator('.mind-selected');
    await node('前台接待').click();
    await textOf(selected).toContain('前台接待');

    await page.keyboard.press('ArrowDown');
    await textOf(selected).toContain('有形度');
    // Tab: a child of the dimension, its name open for typing.
    await page.keyboard.press('Tab');
    await map.getByRole('textbox', { name: /^重命名：/ }).waitFor();
    await page.keyboard.type('大堂香氛');
    await page.keyboard.press('Enter');
    await textOf(node('大堂香氛')).toMatch(/大堂香氛\s*100%/);
    // Enter: a sibling after it.
    await page.keyboard.press('Enter');
    await page.keyboard.type('背景音乐适宜');
    await page.keyboard.press('Enter');
    await textOf(selected).toContain('背景音乐适宜');
    // A digit opens the weight.
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await textOf(node('背景音乐适宜')).toMatch(/背景音乐适宜\s*40%/);
    // F2 renames.
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('背景音乐音量适宜');
    await page.keyboard.press('Enter');
    await textOf(node('背景音乐音量适宜')).toMatch(/40%/);
    await page.keyboard.press('ArrowUp');
    await textOf(selected).toContain('大堂香氛');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await textOf(node('大堂香氛')).toMatch(/60%/);
    // An invalid weight is refused in place.
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    await textOf(map.getByRole('alert')).toContain('不能超过 100');
    await page.keyboard.press('Escape');
    await textOf(node('大堂香氛')).toMatch(/60%/);

    // Space folds the dimension; → unfolds it.
    await page.keyboard.press('ArrowUp');
    await textOf(selected).toContain('有形度');
    await page.keyboard.press(' ');
    await textOf(node('有形度')).toContain('已折叠 2 项');
    await countOf(node('大堂香氛')).toBe(0);
    await page.keyboard.press('ArrowRight');
    await node('大堂香氛').waitFor();

    // Del removes the selected indicator.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await textOf(selected).toContain('背景音乐音量适宜');
    await page.keyboard.press('Delete');
    await countOf(node('背景音乐音量适宜')).toBe(0);

    // The table shows the same standard.
    await page.getByRole('tab', { name: '表格', exact: true }).click();
    await textOf(cell(gridRow(page, '大堂香氛'), '指标权重')).toBe('60');
    await countOf(gridRow(page, '背景音乐音量适宜')).toBe(0);
    expect(errors).toEqual([]);
  });
});
