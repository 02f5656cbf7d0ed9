import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../shared/domain/ids.ts';
import { blankCard } from '../shared/deliverables/journey/schemas.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import { until } from '../electron/host/testing/fixtures.ts';
import { wireClient, type WireClient } from '../electron/host/testing/wire-client.ts';
import { createWorkshop, launchBrowser, openPage, startHost, textOf, UI_TIMEOUT, type RunningHost } from './harness.ts';

/**
 * The live classroom end to end, as the issue tells it: the trainer opens the classroom on the classroom network (a
 * loopback alias plays the Wi-Fi), three phones join by code (one types a wrong code first), two in the same team
 * edit one journey moment together, all three answer the NPS poll and the trainer's screen shows the right NPS, a
 * note with HTML in it stays text, and when the trainer closes the classroom every phone is told so.
 */
const LAN = '127.0.0.2';
const PHONE = { width: 390, height: 844 };

let server: RunningHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let wire: WireClient | undefined;
beforeAll(async () => {
  server = await startHost(undefined, { classroomAddresses: [LAN] });
  browser = await launchBrowser();
});
afterAll(async () => {
  wire?.client.close();
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

interface Phone {
  page: Page;
  errors: string[];
}

async function phone(url: string): Promise<Phone> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(UI_TIMEOUT);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, errors };
}

describe('the live classroom', () => {
  it('opens, takes three phones by code, co-edits, polls, keeps HTML as text, and closes', async () => {
    const trainer = await openPage(browser, server.url);
    contexts.push(trainer.context);
    const page = trainer.page;
    page.on('dialog', (dialog) => {
      trainer.errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.getByText('正在加载工作坊列表…').waitFor({ state: 'hidden' });
    await createWorkshop(page, { name: '课堂联调' });
    const workshopId = /#\/w\/([\w-]+)/.exec(page.url())![1]!;

    // The trainer opens the room; the screen shows the address and the code large.
    await page.getByRole('link', { name: /^课堂 / }).click();
    await page.getByRole('button', { name: '打开课堂' }).click();
    const joinUrl = (await textOf(page.getByTestId('join-address')).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/), await page.getByTestId('join-address').innerText()).trim();
    const shownCode = (await page.getByTestId('join-code').innerText()).trim();
    expect(shownCode).toMatch(/^[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}$/);
    const code = shownCode.replace(' ', '');

    // Two teams, and a journey map for the first with one moment on it (the journey screen is tested on its own).
    for (const name of ['第一组', '第二组']) {
      await page.getByLabel('新小组名称').fill(name);
      await page.getByRole('button', { name: '添加小组' }).click();
      await page.locator('li.team-row', { hasText: name }).waitFor();
    }
    const trainerToken = (await page.evaluate(() => sessionStorage.getItem('satisfy.token')))!;
    wire = wireClient({ origin: server.origin, token: trainerToken, name: '讲师助手' });
    wire.client.connect();
    wire.client.watchWorkshop(workshopId);
    await until(wire.client, () => Object.keys(wire!.client.docView(workshopId)?.teams ?? {}).length === 2);
    const teamId = (name: string) => Object.values(wire!.client.docView(workshopId)!.teams).find((t) => t.name === name)!.id;
    const [artifactId, stageId, cardId] = [newId(), newId(), newId()];
    const setup: OpInput[] = [
      { type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'journey', fields: { title: '', teamId: teamId('第一组') } } },
      { type: 'stage.add', payload: { workshopId, artifactId, stageId, fields: { name: '入住' } } },
      { type: 'card.add', payload: { workshopId, stageId, cardId, fields: blankCard('前台办理入住') } },
    ];
    for (const op of setup) wire.client.submit(op);
    await until(wire.client, () => wire!.client.pending === 0);
    expect(wire.rejects).toEqual([]);

    // Phone 1 types the address and a wrong code first: told so beside the code, its name kept; then the right one.
    const wang = await phone(joinUrl);
    await wang.page.getByLabel('你的名字').fill('王芳');
    await wang.page.getByLabel('加入码').fill('ABCDEFGH');
    await wang.page.getByRole('button', { name: '加入', exact: true }).click();
    await textOf(wang.page.getByRole('alert')).toBe('加入码不正确，请核对投影上的加入码。');
    expect(await wang.page.getByLabel('你的名字').inputValue()).toBe('王芳');
    await wang.page.getByLabel('加入码').fill(code.toLowerCase());
    await wang.page.getByRole('button', { name: '加入', exact: true }).click();
    // Phones 2 and 3 scan the QR code: its link carries the code.
    const li = await phone(`${joinUrl}#code=${code}`);
    const zhao = await phone(`${joinUrl}#code=${code}`);
    for (const [p, name] of [[li, '李雷'], [zhao, '赵敏']] as const) {
      expect(await p.page.getByLabel('加入码').inputValue()).toBe(code);
      await p.page.getByLabel('你的名字').fill(name);
      await p.page.getByRole('button', { name: '加入', exact: true }).click();
    }
    for (const [p, team] of [[wang, '第一组'], [li, '第一组'], [zhao, '第二组']] as const) {
      await p.page.getByRole('button', { name: team }).click();
      await textOf(p.page.locator('.p-team')).toBe(`小组：${team}`);
    }
    // The trainer's screen lists the three, online.
    await textOf(page.getByRole('heading', { name: /学员（/ })).toBe('学员（3）');

    // The two of the first team edit the same moment; each sees the other's edit without reloading.
    for (const p of [wang, li]) await p.page.getByRole('button', { name: '我们的成果' }).click();
    await wang.page.getByRole('button', { name: /前台办理入住/ }).click();
    await wang.page.getByLabel('话术').fill('您好，欢迎入住');
    await wang.page.getByLabel('话术').blur();
    await li.page.getByRole('button', { name: /前台办理入住/ }).click();
    await expect.poll(() => li.page.getByLabel('话术').inputValue(), { timeout: UI_TIMEOUT }).toBe('您好，欢迎入住');
    await li.page.getByLabel('触点 / 关键时刻').fill('前台 3 分钟内办完入住');
    await li.page.getByLabel('触点 / 关键时刻').press('Enter');
    await expect.poll(() => wang.page.getByLabel('触点 / 关键时刻').inputValue(), { timeout: UI_TIMEOUT }).toBe('前台 3 分钟内办完入住');
    // The second team does not see the first team's map.
    await zhao.page.getByRole('button', { name: '我们的成果' }).click();
    expect(await zhao.page.getByText('前台 3 分钟内办完入住').count()).toBe(0);
    for (const p of [wang, li, zhao]) await p.page.getByRole('navigation').getByRole('button', { name: '现在', exact: true }).click();

    // The trainer starts an NPS poll; every phone shows it and answers; the trainer's screen shows the NPS.
    await page.getByRole('link', { name: /^课堂活动 / }).click();
    await page.getByRole('button', { name: '手动发起活动' }).click();
    const start = page.getByRole('dialog', { name: /发起/ });
    await start.getByLabel('活动类型').selectOption({ label: 'NPS 调查' });
    await start.getByLabel('题目（参与者看到的问题）').fill('你会向朋友推荐我们的酒店吗？');
    await start.getByRole('button', { name: '开始' }).click();
    for (const [p, score] of [[wang, 10], [li, 9], [zhao, 4]] as const) {
      await p.page.getByRole('heading', { name: '你会向朋友推荐我们的酒店吗？' }).waitFor();
      await p.page.getByRole('group', { name: '0 到 10 分' }).getByRole('button', { name: String(score), exact: true }).click();
      await textOf(p.page.locator('.p-answer')).toContain(`你的回答：${score} 分`);
    }
    // 2 promoters and 1 detractor of 3: 67% − 33% = 33.
    await textOf(page.getByTestId('activity-nps')).toBe('33');
    await textOf(page.getByTestId('activity-promoters')).toBe('67%');
    await textOf(page.getByTestId('activity-detractors')).toBe('33%');

    // A brainstorm: a note with markup in it is text on the phone and on the trainer's wall.
    await page.getByRole('button', { name: '手动发起活动' }).click();
    await start.getByLabel('活动类型').selectOption({ label: '头脑风暴' });
    await start.getByLabel('题目（参与者看到的问题）').fill('客人最在意什么？');
    await start.getByRole('button', { name: '开始' }).click();
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await zhao.page.getByRole('heading', { name: '客人最在意什么？' }).waitFor();
    await zhao.page.getByLabel('写一张便签').fill(markup);
    await zhao.page.getByRole('button', { name: '贴上' }).click();
    await textOf(zhao.page.getByRole('list', { name: '我的便签' })).toContain(markup);
    await textOf(page.getByTestId('activity-notes')).toContain(markup);
    expect(await page.locator('[data-testid="activity-notes"] img, [data-testid="activity-notes"] script').count()).toBe(0);
    expect(await zhao.page.locator('.p-notes img, .p-notes script').count()).toBe(0);

    // The trainer closes the classroom: every phone says so; the trainer's own window goes on working.
    await page.getByRole('link', { name: /^课堂 / }).click();
    await page.getByRole('button', { name: '关闭课堂' }).click();
    await page.getByRole('dialog', { name: '关闭课堂' }).getByRole('button', { name: '关闭课堂' }).click();
    for (const p of [wang, li, zhao]) await p.page.getByRole('heading', { name: '课堂已关闭' }).waitFor();
    await page.getByRole('button', { name: '打开课堂' }).waitFor();
    await page.getByRole('link', { name: /^课堂活动 / }).click();
    await textOf(page.getByTestId('activity-notes')).toContain(markup);

    expect(trainer.errors).toEqual([]);
    for (const p of [wang, li, zhao]) expect(p.errors).toEqual([]);
  });
});
