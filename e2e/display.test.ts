import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../shared/domain/ids.ts';
import { HTTP } from '../shared/protocol/http.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import { joined } from '../electron/host/classroom/classroom-fixture.ts';
import { until } from '../electron/host/testing/fixtures.ts';
import { wireClient, type WireClient } from '../electron/host/testing/wire-client.ts';
import { createWorkshop, launchBrowser, openPage, startHost, textOf, UI_TIMEOUT, type RunningHost } from './harness.ts';

/**
 * A read-only display (大屏) against the real host: the trainer makes a display link on the classroom screen, a
 * second computer opens it on the classroom address and shows the join card, then the live activity (a dot vote's
 * tally only once revealed), comes back by itself after the classroom closes and reopens with a new code, and says
 * its link no longer works once the trainer revokes the display links.
 */
const LAN = '127.0.0.2';

let server: RunningHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
const members: { wire: WireClient; participantId: string }[] = [];
beforeAll(async () => {
  server = await startHost(undefined, { classroomAddresses: [LAN] });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const m of members) m.wire.client.close();
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

const spaced = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

describe('a read-only display', () => {
  it('shows how to join and the live activity, follows the classroom, and stops when its link is revoked', async () => {
    const trainer = await openPage(browser, server.url);
    contexts.push(trainer.context);
    const page = trainer.page;
    await page.getByText('正在加载工作坊列表…').waitFor({ state: 'hidden' });
    await createWorkshop(page, { name: '大屏联调' });
    const workshopId = /#\/w\/([\w-]+)/.exec(page.url())![1]!;
    await page.getByRole('link', { name: /^课堂 / }).click();
    await page.getByRole('button', { name: '打开课堂' }).click();
    const code = (await page.getByTestId('join-code').innerText()).trim().replace(' ', '');
    const joinUrl = (await page.getByTestId('join-address').innerText()).trim();

    // The link is shown in a dialog that warns against projecting it.
    await page.getByRole('button', { name: '显示大屏链接' }).click();
    const dialog = page.getByRole('dialog', { name: '大屏链接（只读）' });
    await textOf(dialog).toContain('请勿投影此窗口');
    const link = (await dialog.getByTestId('display-link').innerText()).trim();
    expect(link.startsWith(`${joinUrl}#display=`)).toBe(true);
    await dialog.getByRole('button', { name: '完成' }).click();

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    context.setDefaultTimeout(UI_TIMEOUT);
    contexts.push(context);
    const display = await context.newPage();
    const errors: string[] = [];
    display.on('pageerror', (error) => errors.push(error.message));
    await display.goto(link);
    await textOf(display.getByTestId('join-code')).toBe(spaced(code));
    await textOf(display.getByTestId('join-address')).toBe(joinUrl);
    // The credential left the address bar; the trainer sees the display online.
    expect(display.url()).toBe(`${joinUrl}#display`);
    await textOf(page.locator('.display-online')).toBe('1 块大屏在线');
    // A phone in the room does not count the display among the people.
    const phoneContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phoneContext.setDefaultTimeout(UI_TIMEOUT);
    contexts.push(phoneContext);
    const phone = await phoneContext.newPage();
    await phone.goto(`${joinUrl}#code=${code}`);
    await phone.getByLabel('你的名字').fill('赵敏');
    await phone.getByRole('button', { name: '加入', exact: true }).click();
    await phone.getByRole('button', { name: '我们的成果' }).click();
    const people = phone.getByRole('region', { name: '在线成员' });
    await textOf(people).toContain('2 人在线');
    expect(await people.innerText()).not.toContain('旁观');

    // Two people join and put notes on a brainstorm; a dot vote on them shows only how many voted until revealed.
    for (const name of ['王芳', '李雷']) {
      const answer = await joined(`http://${new URL(joinUrl).host}`, code, name);
      const wire = wireClient({ origin: `http://${new URL(joinUrl).host}`, token: answer.token, name });
      wire.client.connect();
      wire.client.watchWorkshop(workshopId);
      members.push({ wire, participantId: answer.participantId });
    }
    const send = async ({ wire }: { wire: WireClient }, op: OpInput) => {
      wire.client.submit(op);
      await until(wire.client, () => wire.client.pending === 0);
      expect(wire.rejects).toEqual([]);
    };
    const first = members[0]!.wire.client;
    const activities = () => Object.values(first.docView(workshopId)?.activities ?? {});
    await page.getByRole('link', { name: /^课堂活动 / }).click();
    const start = page.getByRole('dialog', { name: /发起/ });
    await page.getByRole('button', { name: '手动发起活动' }).click();
    await start.getByLabel('活动类型').selectOption({ label: '头脑风暴' });
    await start.getByLabel('题目（参与者看到的问题）').fill('客人最在意什么？');
    await start.getByRole('button', { name: '开始' }).click();
    await display.getByRole('heading', { name: '客人最在意什么？' }).waitFor();
    await until(first, () => activities().length === 1);
    const brainstorm = activities()[0]!;
    const noteId = newId();
    await send(members[0]!, { type: 'note.add', payload: { workshopId, activityId: brainstorm.id, noteId, text: '<b>入住快</b>', authorId: members[0]!.participantId, authorName: '王芳' } });
    await textOf(display.getByTestId('activity-notes')).toContain('<b>入住快</b>');
    expect(await display.locator('[data-testid="activity-notes"] b').count()).toBe(0);

    await page.getByRole('button', { name: '手动发起活动' }).click();
    await start.getByLabel('活动类型').selectOption({ label: '圆点投票' });
    await start.getByLabel('题目（参与者看到的问题）').fill('先改哪一条？');
    await start.getByRole('button', { name: '开始' }).click();
    await display.getByRole('heading', { name: '先改哪一条？' }).waitFor();
    await until(first, () => activities().some((a) => a.kind === 'dotVote'));
    const vote = activities().find((a) => a.kind === 'dotVote')!;
    for (const m of members) await send(m, { type: 'vote.cast', payload: { workshopId, activityId: vote.id, voteId: newId(), noteId, voterId: m.participantId } });
    await textOf(display.getByTestId('activity-hidden')).toContain('已有 2 人投票');
    expect(await display.getByTestId('activity-tally').count()).toBe(0);
    await textOf(display.getByTestId('display-join-strip')).toBe(`加入：${joinUrl} · 加入码 ${spaced(code)}`);
    await page.getByRole('group', { name: '活动控制' }).getByRole('button', { name: '公布结果' }).click();
    await textOf(display.getByTestId('activity-tally').locator('li').first()).toMatch(/^<b>入住快<\/b>\s+2 票$/);

    // The classroom closes: the display says so, and comes back by itself with the new code once it reopens.
    await page.getByRole('link', { name: /^课堂 / }).click();
    await page.getByRole('button', { name: '关闭课堂' }).click();
    await page.getByRole('dialog', { name: '关闭课堂' }).getByRole('button', { name: '关闭课堂' }).click();
    await display.getByRole('heading', { name: '课堂已关闭' }).waitFor();
    await page.getByRole('button', { name: '打开课堂' }).click();
    const newCode = (await page.getByTestId('join-code').innerText()).trim();
    expect(newCode).not.toBe(spaced(code));
    await textOf(display.getByTestId('display-join-strip')).toContain(`加入码 ${newCode}`);

    // A revocation the host never heard of says so; the display carries on.
    await page.route(`**${HTTP.classroomDisplayRevoke}`, (route) => route.abort());
    await page.getByRole('button', { name: '撤销所有大屏链接' }).click();
    await page.getByRole('dialog', { name: '撤销所有大屏链接' }).getByRole('button', { name: '撤销所有大屏链接' }).click();
    await textOf(page.locator('.display-online')).toBe('没能撤销大屏链接：主机没有回应，请重试。');
    await textOf(display.getByTestId('display-join-strip')).toContain(`加入码 ${newCode}`);
    await page.unroute(`**${HTTP.classroomDisplayRevoke}`);

    // Revoked: the display says its link no longer works, also after a reload.
    await page.getByRole('button', { name: '撤销所有大屏链接' }).click();
    await page.getByRole('dialog', { name: '撤销所有大屏链接' }).getByRole('button', { name: '撤销所有大屏链接' }).click();
    await textOf(page.locator('.display-online')).toBe('已撤销 1 个大屏链接，没有大屏连接。');
    await display.getByRole('heading', { name: '这个大屏链接已失效' }).waitFor();
    await display.reload();
    await display.getByRole('heading', { name: '这个大屏链接已失效' }).waitFor();
    expect(errors).toEqual([]);
    // The browser itself logs the revocation this test made fail; the page logged nothing.
    expect(trainer.errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
  });
});
