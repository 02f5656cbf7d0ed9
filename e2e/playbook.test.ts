import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_TEMPLATES } from '../templates/complaint-scenarios.ts';
import { readDocx } from './docx.ts';
import { countOf, createWorkshop, textOf, useApp, valueOf, type OpenedPage } from './harness.ts';

/**
 * 现场作业 投诉处理手册 end to end: a trainer starts a playbook, takes a scenario from the library and rewrites its
 * lines, sets the authorization tiers (and is told why bad ones are refused), runs a scored role-play round, and
 * exports the playbook to find the CLEAR table and the escalation matrix in the Word file.
 */

const WORKSHOP = { name: '物业客服投诉处理演练', company: '示例物业服务有限公司', trainer: '李方', startDate: '2026-12-01', endDate: '2026-12-02' };
const LEAK = SCENARIO_TEMPLATES.find((s) => s.id === 'propertyLeakRepeat')!;
const NEW_CONTROL = '张先生，您先坐下喝口水，这件事我亲自盯到底。';
const NEW_AVOID = '这种情况我们也没办法。';

const app = useApp();
const downloads = mkdtempSync(join(tmpdir(), 'satisfy-e2e-playbook-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const stepRow = (page: Page, name: string) => page.getByRole('row', { name });

describe('现场作业 投诉处理手册', () => {
  let opened: OpenedPage;

  it('builds a scenario from the library and edits its scripts', async () => {
    opened = await app.open();
    const { page } = opened;
    await createWorkshop(page, WORKSHOP);
    await page.getByRole('link', { name: /投诉处理手册/ }).click();
    await page.getByText('还没有投诉处理手册').waitFor();
    await page.getByRole('button', { name: '新建投诉处理手册' }).click();

    await page.getByRole('button', { name: '从场景库添加' }).click();
    const library = page.getByRole('dialog', { name: '投诉场景库' });
    await library.getByRole('button', { name: `使用「${LEAK.name['zh-CN']}」` }).click();
    await library.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: LEAK.name['zh-CN'], pressed: true }).waitFor();
    await valueOf(page.getByLabel('场景标题', { exact: true })).toBe(LEAK.name['zh-CN']);

    // Rewrite the first line to say in C, and add a line to avoid in L.
    const control = page.getByLabel('控制情绪 · 推荐话术 第 1 句');
    await valueOf(control).toBe(LEAK.script.control.say[0]['zh-CN']);
    await control.fill(NEW_CONTROL);
    await control.press('Control+Enter');
    const newAvoid = page.getByLabel('新增禁忌话术（聆听诉说）');
    // An empty line is refused where it is typed, with the reason.
    await newAvoid.fill('   ');
    await newAvoid.press('Enter');
    await textOf(stepRow(page, 'L 聆听诉说').getByRole('alert').filter({ hasText: '不能为空' })).toContain('不能为空');
    await newAvoid.fill(NEW_AVOID);
    await newAvoid.press('Enter');
    await valueOf(page.getByLabel('聆听诉说 · 禁忌话术 第 2 句')).toBe(NEW_AVOID);
    await valueOf(newAvoid).toBe('');
    expect(opened.errors).toEqual([]);
  });

  it('sets the authorization tiers and refuses negative or overlapping amounts with a reason', async () => {
    const { page } = opened;
    await page.getByRole('tab', { name: '授权与指标' }).click();
    const table = page.getByRole('table', { name: '升级与授权矩阵' });
    const addTier = async (role: string, min: string, max: string, offer: string) => {
      await table.getByPlaceholder('授权角色').fill(role);
      await table.getByPlaceholder('下限金额').fill(min);
      await table.getByPlaceholder('上限金额').fill(max);
      await table.getByPlaceholder('可给予的补偿').fill(offer);
      await table.getByRole('button', { name: '添加层级' }).click();
    };
    await addTier('客服主管', '200', '1000', '减免当月物业费');
    await addTier('前台客服', '0', '200', '赠送一次保洁');
    await countOf(table.getByRole('row', { name: /客服/ })).toBe(2);
    // Listed from the smallest amounts up, whatever order they were added in.
    await valueOf(table.getByRole('row').nth(1).getByLabel('授权角色')).toBe('前台客服');
    await valueOf(table.getByRole('row').nth(2).getByLabel('授权角色')).toBe('客服主管');

    await addTier('店长', '-50', '3000', '退还服务费');
    await textOf(table.getByRole('alert').first()).toContain('不能为负数');
    await addTier('店长', '800', '3000', '退还服务费');
    await textOf(table.getByRole('alert').first()).toContain('与另一授权层级的金额区间重叠');
    await countOf(table.getByRole('row', { name: '店长', exact: true })).toBe(0);
    await addTier('店长', '1000', '3000', '退还服务费');
    await countOf(table.getByRole('row', { name: '店长', exact: true })).toBe(1);

    await page.getByRole('button', { name: '＋ 重复投诉率' }).click();
    await valueOf(page.getByLabel('重复投诉率 · 目标值')).toBe('');
    await page.getByLabel('重复投诉率 · 目标值').fill('≤ 3%');
    await page.getByLabel('重复投诉率 · 目标值').press('Enter');
    expect(opened.errors).toEqual([]);
  });

  it('runs a timed role-play round that observers score per CLEAR step and principle', async () => {
    const { page } = opened;
    await page.getByRole('tab', { name: '角色演练' }).click();
    await page.getByLabel('客户扮演者').fill('张伟');
    await page.getByLabel('处理者', { exact: true }).fill('李娜');
    await page.getByLabel('观察员（用逗号分隔）').fill('王芳，赵磊');
    await page.getByLabel('时长（分钟）').fill('5');
    await page.getByRole('button', { name: '开始演练' }).click();
    const round = page.getByRole('region', { name: `第 1 轮 · ${LEAK.name['zh-CN']}` });
    await textOf(round).toContain('客户：张伟');
    await textOf(round.getByRole('timer')).toMatch(/0[45]:\d\d/);

    const score = async (observer: string, step: number, principle: number, comment: string) => {
      await valueOf(round.getByLabel('观察员', { exact: true })).toBe(observer);
      for (const name of ['C 控制情绪', 'L 聆听诉说', 'E 同理链接', 'A 表达歉意', 'R 提出方案']) await round.getByLabel(`${name} 评分 ${step}`).check();
      for (const name of ['迅速', '倾听', '道歉', '感谢', '满意']) await round.getByLabel(`${name} 评分 ${principle}`).check();
      await round.getByLabel('点评').fill(comment);
      await round.getByRole('button', { name: '保存评分' }).click();
    };
    // Saving with a step left unscored is refused on the spot.
    await round.getByLabel('C 控制情绪 评分 3').check();
    await round.getByRole('button', { name: '保存评分' }).click();
    await textOf(round.getByRole('alert').filter({ hasText: '请为每个步骤和原则打分' })).toContain('请为每个步骤和原则打分');
    await score('王芳', 4, 5, '道歉及时，方案具体');
    await score('赵磊', 2, 3, '倾听时打断了客户');
    await countOf(round.getByRole('list', { name: '已提交的评分' }).getByRole('listitem')).toBe(2);
    const means = round.getByRole('table', { name: '本轮评分图：各步骤与原则的平均分' });
    await textOf(means.getByRole('row').nth(1)).toMatch(/^\s*3\.0\s*3\.0\s*3\.0\s*3\.0\s*3\.0\s*4\.0/);
    await round.getByRole('img', { name: '本轮评分图：各步骤与原则的平均分' }).locator('svg').waitFor();
    await round.getByRole('button', { name: '结束演练' }).click();
    await textOf(round.getByRole('timer')).toContain('已结束');
    expect(opened.errors).toEqual([]);
  });

  it('exports the playbook with the scenario’s CLEAR table and the escalation matrix', async () => {
    const { page } = opened;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: '导出 Word' }).click()]);
    expect(download.suggestedFilename()).toBe(`投诉处理手册_1.0_${WORKSHOP.company}.docx`);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const doc = await readDocx(file);
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toContain(LEAK.name['zh-CN']);
    expect(headings).toContain('升级与授权矩阵');

    const row = (first: string, from = 0) => doc.rows.slice(from).find((r) => r[0] === first);
    const scripts = doc.rows.findIndex((r) => r.join() === '步骤,推荐话术,禁忌话术');
    expect(scripts).toBeGreaterThan(0);
    expect(row('C  控制情绪', scripts)).toEqual(['C  控制情绪', NEW_CONTROL, LEAK.script.control.avoid.map((l) => l['zh-CN']).join('')]);
    expect(row('L  聆听诉说', scripts)).toEqual(['L  聆听诉说', LEAK.script.listen.say.map((l) => l['zh-CN']).join(''), LEAK.script.listen.avoid.map((l) => l['zh-CN']).join('') + NEW_AVOID]);

    const matrixStart = doc.rows.findIndex((r) => r[0] === '层级');
    expect(doc.rows.slice(matrixStart + 1, matrixStart + 4).map((r) => r.slice(0, 4))).toEqual([
      ['1', '前台客服', '0 – 200 元', '赠送一次保洁'],
      ['2', '客服主管', '200 – 1,000 元', '减免当月物业费'],
      ['3', '店长', '1,000 – 3,000 元', '退还服务费'],
    ]);
    expect(row('重复投诉率')?.[2]).toBe('≤ 3%');
    expect(opened.errors).toEqual([]);
  });
});
