import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from './docx.ts';
import { createWorkshop, countOf, useApp, type OpenedPage } from './harness.ts';

/** 成果2 and 成果3 in the browser: two windows on one journey map, the hotel template, both Word files. */

const app = useApp();
const WORKSHOP = '酒店旅程工作坊';
const downloads = mkdtempSync(join(tmpdir(), 'satisfy-e2e-journey-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const card = (page: Page, touchpoint: string, emotion: string) => page.getByRole('button', { name: `关键时刻：${touchpoint}，情绪 ${emotion}`, exact: true });
const openDeliverable = (page: Page, short: string) => page.getByRole('link', { name: new RegExp(`^${short}`) }).click();

/** Clicks an export button and returns the saved file's path. */
async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: button }).click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const pictures = async (path: string) => Object.keys((await JSZip.loadAsync(readFileSync(path))).files).filter((f) => f.startsWith('word/media/'));

describe('journey map and MOT strategy', () => {
  let trainer: OpenedPage;
  let team: OpenedPage;

  it('starts a map from the hotel template; one window adds a moment, the other edits it; both see the final state', async () => {
    trainer = await app.open();
    team = await app.open();
    await createWorkshop(trainer.page, { name: WORKSHOP, company: '栖梧酒店集团' });
    await openDeliverable(trainer.page, '成果2');
    await trainer.page.getByRole('button', { name: '新建旅程地图' }).click();
    const dialog = trainer.page.getByRole('dialog', { name: '新建旅程地图' });
    await dialog.getByLabel('酒店：从预订到离店回访').check();
    await dialog.getByRole('button', { name: '创建' }).click();
    await card(trainer.page, '前台登记', '+2').waitFor();
    await countOf(trainer.page.locator('.mot-card')).toBe(8);
    // The hotel template is a good example: the trainer has nothing to point out.
    await expect.poll(() => trainer.page.locator('.journey-ok').count()).toBe(1);

    await team.page.getByRole('link', { name: `打开 ${WORKSHOP}` }).click();
    await openDeliverable(team.page, '成果2');
    await card(team.page, '前台登记', '+2').waitFor();

    // The trainer adds a moment to the first stage and names it.
    await trainer.page.getByRole('button', { name: '添加关键时刻: 成交（预订）' }).click();
    const touchpoint = trainer.page.getByLabel('触点 / 关键时刻', { exact: true });
    await touchpoint.fill('官网预订确认');
    await touchpoint.press('Enter');

    // The other window sees it, opens it from the keyboard and edits it.
    await card(team.page, '官网预订确认', '0').focus();
    await team.page.keyboard.press('Enter');
    await team.page.getByRole('button', { name: '+2', exact: true }).click();
    const wow = team.page.getByLabel('感动点', { exact: true });
    await wow.fill('确认短信里附上抵达当天的天气和交通提示');
    await wow.press('Control+Enter');

    for (const page of [trainer.page, team.page]) await card(page, '官网预订确认', '+2').waitFor();
    await expect.poll(() => trainer.page.getByLabel('感动点', { exact: true }).inputValue()).toBe('确认短信里附上抵达当天的天气和交通提示');
    await countOf(team.page.locator('.mot-card')).toBe(9);
    expect([...trainer.errors, ...team.errors]).toEqual([]);
  });

  it('undoes and redoes one’s own edit', async () => {
    await trainer.page.getByRole('button', { name: '+3', exact: true }).click();
    await card(team.page, '官网预订确认', '+3').waitFor();
    await trainer.page.getByRole('button', { name: '撤销' }).click();
    await card(team.page, '官网预订确认', '+2').waitFor();
    await trainer.page.getByRole('button', { name: '重做' }).click();
    await card(team.page, '官网预订确认', '+3').waitFor();
  });

  it('exports the journey script with its tables and both pictures', async () => {
    const path = await download(trainer.page, '导出 Word');
    expect(path).toContain('成果2_客户体验流程脚本_1.0');
    const docx = await readDocx(path);
    const stageRow = docx.rows.find((r) => r[0] === '官网预订确认');
    expect(stageRow).toEqual(['官网预订确认', '', '', '', '确认短信里附上抵达当天的天气和交通提示', '', '+3']);
    expect(docx.rows.some((r) => r[0] === '前台登记')).toBe(true);
    expect(docx.paragraphs.some((p) => p.text === '峰终设计')).toBe(true);
    expect(await pictures(path)).toHaveLength(2);
  });

  it('writes a strategy measure and exports the strategy with its measures table', async () => {
    await openDeliverable(trainer.page, '成果3');
    await trainer.page.getByRole('button', { name: '新建实施策略' }).click();
    await trainer.page.getByRole('dialog', { name: '新建实施策略' }).getByRole('button', { name: '创建' }).click();
    const empowerment = trainer.page.getByRole('region', { name: '服务赋权：一线有权为客户做主' });
    await empowerment.getByRole('button', { name: '添加措施' }).click();
    const action = empowerment.getByLabel('措施', { exact: true });
    await action.fill('前台可当场减免 300 元以内的房费');
    await action.press('Control+Enter');
    const kpi = empowerment.getByLabel('衡量成效的 KPI', { exact: true });
    await kpi.fill('投诉当场解决率');
    await kpi.press('Control+Enter');
    // The team window follows without reload.
    await openDeliverable(team.page, '成果3');
    await expect.poll(() => team.page.getByLabel('措施', { exact: true }).first().inputValue()).toBe('前台可当场减免 300 元以内的房费');

    const path = await download(trainer.page, '导出 Word');
    expect(path).toContain('成果3_关键时刻实施策略_1.0');
    const docx = await readDocx(path);
    expect(docx.rows).toContainEqual(['1', '前台可当场减免 300 元以内的房费', '', '', '投诉当场解决率']);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('服务赋权：一线有权为客户做主');
  });
});
