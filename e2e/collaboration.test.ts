import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cell, gridRow, showDimension, typeInto } from './grid.ts';
import { addPost, createWorkshop, textOf, useApp, valueOf, type OpenedPage } from './harness.ts';

/** Two windows on one workshop: live edits, who is here, conflicting edits, and an out-of-range weight. */

const app = useApp();
const WORKSHOP = '协作演练工作坊';

/** Sets the name others see (the page reloads to announce it). */
async function setDisplayName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '设置我的名字' }).click();
  const dialog = page.getByRole('dialog', { name: '我的名字' });
  await dialog.getByLabel('名字（其他人会看到）', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.getByRole('button', { name: `我：${name}` }).waitFor();
}

const tangibles = (page: Page) => page.getByRole('region', { name: '有形度', exact: true });
const row = (page: Page, name: string) => gridRow(page, name);
const details = (page: Page, name: string) => page.getByRole('region', { name: `指标详情：${name}` });

describe('two windows on the same workshop', () => {
  let trainer: OpenedPage;
  let team: OpenedPage;

  it('shows each other, and an edit in one window appears in the other without reload', async () => {
    trainer = await app.open();
    team = await app.open();
    await setDisplayName(trainer.page, '讲师 李明');
    await setDisplayName(team.page, '第3组 王芳');

    await createWorkshop(trainer.page, { name: WORKSHOP });
    await addPost(trainer.page, { template: '前台接待' });
    await tangibles(trainer.page).getByRole('button', { name: '有形度的建议指标' }).click();
    await tangibles(trainer.page).getByRole('button', { name: '插入 着装与工牌规范' }).click();
    await row(trainer.page, '着装与工牌规范').waitFor();

    // The other window sees the new workshop in its library and opens it.
    await team.page.getByRole('link', { name: `打开 ${WORKSHOP}` }).click();
    await row(team.page, '着装与工牌规范').waitFor();

    // Presence: each window lists the other person by name.
    await textOf(trainer.page.getByRole('region', { name: '在线成员' })).toMatch(/2 人在线[\s\S]*第3组 王芳/);
    await textOf(team.page.getByRole('region', { name: '在线成员' })).toMatch(/2 人在线[\s\S]*讲师 李明/);

    // The team starts typing in the indicator's name: the trainer sees who is editing it.
    await cell(row(team.page, '着装与工牌规范'), '指标名称').click();
    await team.page.keyboard.press('Enter');
    await textOf(row(trainer.page, '着装与工牌规范')).toContain('第3组 王芳 正在编辑');
    await textOf(trainer.page.getByRole('region', { name: '在线成员' })).toContain('正在编辑');
    await team.page.keyboard.press('ControlOrMeta+A');
    await team.page.keyboard.type('工装整洁、工牌佩戴');
    await team.page.keyboard.press('Enter');
    await row(trainer.page, '工装整洁、工牌佩戴').waitFor();
    await textOf(cell(row(trainer.page, '工装整洁、工牌佩戴'), '指标名称')).toBe('工装整洁、工牌佩戴');

    // And the other way round: the trainer changes the weight, the team's table and totals follow.
    await typeInto(trainer.page, cell(row(trainer.page, '工装整洁、工牌佩戴'), '指标权重'), '40');
    await textOf(cell(row(team.page, '工装整洁、工牌佩戴'), '指标权重')).toBe('40');
    // Enter moved the team's cursor down to 专业度: back to 有形度 to see its total.
    await showDimension(team.page, '有形度');
    await textOf(tangibles(team.page).getByRole('status')).toMatch(/指标权重合计\s*40\s*⚠\s*未平衡/);

    // The team leaves: the trainer is alone again.
    await team.page.getByRole('link', { name: '返回工作坊列表' }).click();
    await textOf(trainer.page.getByRole('region', { name: '在线成员' })).toContain('只有你在线');
    await team.page.getByRole('link', { name: `打开 ${WORKSHOP}` }).click();
    await textOf(trainer.page.getByRole('region', { name: '在线成员' })).toContain('第3组 王芳');
    expect([...trainer.errors, ...team.errors]).toEqual([]);
  });

  it('tells the person typing when someone else changes the same field', async () => {
    await cell(row(team.page, '工装整洁、工牌佩戴'), '指标名称').click();
    await cell(row(trainer.page, '工装整洁、工牌佩戴'), '指标名称').click();
    const teamDescription = details(team.page, '工装整洁、工牌佩戴').getByLabel('指标描述', { exact: true });
    await teamDescription.click();
    await teamDescription.fill('团队正在写的描述');
    const trainerDescription = details(trainer.page, '工装整洁、工牌佩戴').getByLabel('指标描述', { exact: true });
    await trainerDescription.fill('讲师写的描述');
    await trainerDescription.press('Tab');
    const notices = team.page.getByRole('region', { name: '通知' });
    await textOf(notices).toContain('你正在编辑的内容刚被其他人修改了');
    // The team's draft is kept until they decide; Esc takes the other person's text.
    await valueOf(teamDescription).toBe('团队正在写的描述');
    await teamDescription.press('Escape');
    await valueOf(teamDescription).toBe('讲师写的描述');
    expect([...trainer.errors, ...team.errors]).toEqual([]);
  });

  it('shows a weight over 100 as invalid, does not save it, and keeps it marked unsaved until discarded', async () => {
    const teamRow = row(team.page, '工装整洁、工牌佩戴');
    await cell(teamRow, '指标权重').click();
    await team.page.keyboard.type('150');
    await team.page.keyboard.press('Enter');
    const editor = team.page.getByRole('grid').getByRole('textbox', { name: '指标权重', exact: true });
    await textOf(team.page.getByRole('grid').getByRole('alert')).toContain('不能超过 100');
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    // Leaving the cell does not send it either: it stays, marked as not saved.
    await cell(teamRow, '指标名称').click();
    await textOf(cell(teamRow, '指标权重')).toMatch(/150\s*⚠ 未保存/);
    // To prove nothing was sent, make a later edit in the same window and wait until the other window has it:
    // edits arrive in order, so by then the weight would have arrived too.
    await typeInto(team.page, cell(teamRow, '考核周期'), '每周');
    await textOf(cell(row(trainer.page, '工装整洁、工牌佩戴'), '考核周期')).toBe('每周');
    await textOf(cell(row(trainer.page, '工装整洁、工牌佩戴'), '指标权重')).toBe('40');
    await textOf(tangibles(trainer.page).getByRole('status')).toMatch(/指标权重合计\s*40\b/);

    // After a reload the draft is still there and still marked; Esc gives the stored value back.
    await team.page.reload();
    await textOf(cell(row(team.page, '工装整洁、工牌佩戴'), '指标权重')).toMatch(/150\s*⚠ 未保存/);
    await cell(row(team.page, '工装整洁、工牌佩戴'), '指标权重').click();
    await team.page.keyboard.press('Escape');
    await textOf(cell(row(team.page, '工装整洁、工牌佩戴'), '指标权重')).toBe('40');
    expect([...trainer.errors, ...team.errors]).toEqual([]);
  });
});
