import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../shared/core/doc.ts';
import { blankCard } from '../shared/deliverables/journey/schemas.ts';
import { ClassroomState, type JoinAnswer } from '../shared/protocol/classroom.ts';
import { HTTP } from '../shared/protocol/http.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import { call, join } from '../electron/host/classroom/classroom-fixture.ts';
import { until } from '../electron/host/testing/fixtures.ts';
import { wireClient, type WireClient } from '../electron/host/testing/wire-client.ts';
import { countOf, createWorkshop, launchBrowser, openPage, startHost, textOf, UI_TIMEOUT, type OpenedPage, type RunningHost } from './harness.ts';

/**
 * The trainer's classroom screen against the real host: opening and closing the room on the classroom address the
 * host was given, the people who joined (through the classroom listener, as phones do), whether they are connected,
 * moving and removing them, auto-assigning teams, the lock, sharing, and the compare screen.
 */

/** A loopback alias plays the classroom Wi-Fi; a documentation address (never assigned) plays a vanished adapter. */
const LAN = '127.0.0.2';
const GONE = '192.0.2.10';

let server: RunningHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
const closers: (() => void)[] = [];
beforeAll(async () => {
  server = await startHost(undefined, { classroomAddresses: [GONE, LAN] });
  browser = await launchBrowser();
});
afterAll(async () => {
  closers.forEach((close) => close());
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  const log = server?.stderr().trim();
  if (log) console.warn(`host stderr:\n${log}`);
});

/** The trainer's credential, as the trainer's page holds it once it has traded the link's token for it. */
let trainerSession = '';
const trainerToken = (): string => trainerSession;

/** The room as the host has it, read with the trainer's credential on the loopback origin. */
async function roomState(): Promise<ClassroomState> {
  const { status, body } = await call(server.origin, HTTP.classroom, { headers: { authorization: `Bearer ${trainerToken()}` } });
  expect(status).toBe(200);
  return ClassroomState.parse(body);
}

async function openRoom(): Promise<Extract<ClassroomState, { open: true }>> {
  const state = await roomState();
  if (!state.open) throw new Error('the classroom is not open');
  return state;
}

/** Whether anything answers on the join address (a phone on the Wi-Fi would load the participant page). */
const answers = (url: string): Promise<number> => fetch(url).then((res) => res.status, () => 0);

describe("the trainer's classroom screen", () => {
  let trainer: OpenedPage;
  let page: Page;
  let workshopId: string;
  let host: WireClient;
  /** Who joined: the participant id (their session's id) and credential the listener handed each of them. */
  const joined = new Map<string, JoinAnswer>();
  const idOf = (name: string): string => joined.get(name)!.participantId;
  const doc = (): WorkshopDoc => host.client.docView(workshopId)!;
  /** Sends ops as the trainer's own session would. */
  const asTrainer = async (op: OpInput) => {
    host.client.submit(op);
    await until(host.client, () => host.client.pending === 0);
    expect(host.rejects).toEqual([]);
  };
  const row = (name: string) => page.locator('tr.person-row', { hasText: name });
  const teamRow = (name: string) => page.locator('li.team-row', { hasText: name });
  const teamIdNamed = (name: string) => Object.values(doc().teams).find((t) => t.name === name)?.id;
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  it('opens the room on the first usable address and shows the address, QR code and code large', async () => {
    trainer = await openPage(browser, server.url);
    contexts.push(trainer.context);
    page = trainer.page;
    await page.getByText('正在加载工作坊列表…').waitFor({ state: 'hidden' });
    await createWorkshop(page, { name: '课堂演练' });
    workshopId = /#\/w\/([\w-]+)/.exec(page.url())![1]!;
    trainerSession = (await page.evaluate(() => sessionStorage.getItem('satisfy.token')))!;
    host = wireClient({ origin: server.origin, token: trainerToken(), name: '主机' });
    closers.push(() => host.client.close());
    host.client.connect();
    host.client.watchWorkshop(workshopId);
    await until(host.client, () => host.client.docView(workshopId) !== null);

    await page.getByRole('link', { name: /^课堂 / }).click();
    const addresses = page.getByRole('group', { name: '学员连接的网络地址' });
    // The host lists the vanished adapter first; the screen puts the one it can listen on first, picked, the other marked.
    await textOf(addresses).toMatch(/127\.0\.0\.2[\s\S]*192\.0\.2\.10/);
    await expect.poll(() => addresses.getByRole('radio', { name: /127\.0\.0\.2/ }).isChecked()).toBe(true);
    await textOf(addresses.locator('label', { hasText: GONE })).toContain('不可用');
    await textOf(addresses.locator('label', { hasText: LAN })).not.toContain('不可用');

    await page.getByRole('button', { name: '打开课堂' }).click();
    await page.getByTestId('join-code').waitFor();
    const state = await openRoom();
    expect(state).toMatchObject({ workshopId, address: LAN });
    expect(state.joinUrl).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    await textOf(page.getByTestId('join-address')).toBe(state.joinUrl);
    await textOf(page.getByTestId('join-code')).toBe(`${state.joinCode.slice(0, 4)} ${state.joinCode.slice(4)}`);
    // What the screen shows is where phones are answered.
    expect(await answers(state.joinUrl)).toBe(200);
    const qr = page.getByRole('img', { name: /加入二维码/ });
    expect(await qr.getAttribute('data-link')).toBe(`${state.joinUrl}#code=${state.joinCode}`);
    // The code is the largest thing on the screen after the QR code: legible from the back row.
    const codePx = await page.getByTestId('join-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codePx).toBeGreaterThanOrEqual(60);

    // Projector mode from the keyboard (the next step's button has the focus): only address, QR and code; Esc returns.
    await expect.poll(focused).toBe('全屏显示加入方式');
    await page.keyboard.press('Enter');
    const projected = page.getByRole('region', { name: '加入方式（投影）' });
    await textOf(projected).toContain(`${state.joinCode.slice(0, 4)} ${state.joinCode.slice(4)}`);
    expect(await projected.getByRole('button').count()).toBe(1);
    await page.keyboard.press('Escape');
    await projected.waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('全屏显示加入方式');

    // The guide for phones that cannot join, in both languages.
    await page.getByRole('button', { name: '手机连不上？' }).click();
    const help = page.getByRole('dialog', { name: '手机连不上？' });
    await textOf(help).toContain('移动热点');
    await textOf(help).toContain('mobile hotspot');
    await help.getByRole('button', { name: '知道了' }).click();
    await help.waitFor({ state: 'detached' });

    // Closing asks first; then the address list is back, and nothing answers on the join address any more.
    await page.getByRole('button', { name: '关闭课堂' }).click();
    await page.getByRole('dialog', { name: '关闭课堂' }).getByRole('button', { name: '关闭课堂' }).click();
    await page.getByRole('button', { name: '打开课堂' }).waitFor();
    await expect.poll(focused).toBe('打开课堂');
    await countOf(page.getByTestId('join-code')).toBe(0);
    expect((await roomState()).open).toBe(false);
    expect(await answers(state.joinUrl)).toBe(0);
    expect(trainer.errors).toEqual([]);
  });

  it('lists who joined in join order, with user text shown as text, and who is connected', async () => {
    await page.getByRole('button', { name: '打开课堂' }).click();
    await page.getByTestId('join-code').waitFor();
    const state = await openRoom();
    const lan = state.joinUrl.replace(/\/$/, '');
    const names = ['王芳', 'Li Lei', '<img src=x onerror=alert(1)>', '赵强', 'Ana'];
    for (const [i, name] of names.entries()) {
      const { status, body } = await join(lan, { code: state.joinCode, name, language: i % 2 ? 'en' : 'zh-CN' });
      expect(status, JSON.stringify(body)).toBe(200);
      joined.set(name, body);
      // Join order is the host's clock in milliseconds: the next phone comes a millisecond later at least.
      const now = Date.now();
      while (Date.now() === now) await new Promise((resolve) => setImmediate(resolve));
    }
    await textOf(page.getByRole('heading', { name: /学员（/ })).toBe('学员（5）');
    await expect.poll(() => page.locator('tr.person-row th').allInnerTexts()).toEqual(names);
    expect(await page.locator('tr.person-row img').count()).toBe(0);
    await textOf(row('王芳')).toContain('离线');

    // Ana's phone connects on the classroom address (announcing another name than her row's): her row, and only hers, is online.
    const phone = wireClient({ origin: lan, token: joined.get('Ana')!.token, name: 'Ana 的手机' });
    closers.push(() => phone.client.close());
    phone.client.connect();
    phone.client.watchWorkshop(workshopId);
    await textOf(row('Ana')).toContain('在线');
    await textOf(page.locator('.people-head .count')).toBe('在线 1');
    await textOf(row('王芳')).toContain('离线');
  });

  it('auto-assigns the room into balanced teams, moves and removes people', async () => {
    await page.getByLabel('分成几组').fill('2');
    await page.getByRole('button', { name: '自动分组' }).click();
    await textOf(teamRow('第1组').locator('.team-size')).toBe('3 人');
    await textOf(teamRow('第2组').locator('.team-size')).toBe('2 人');
    // The page shows its own prediction at once; the host's copy is what was stored.
    await until(host.client, () => Object.values(doc().participants).every((p) => p.teamId !== null));
    // Dealt in join order: 1st, 3rd and 5th to team 1.
    const t1 = teamIdNamed('第1组')!;
    const t2 = teamIdNamed('第2组')!;
    expect(Object.values(doc().participants).filter((p) => p.teamId === t1).map((p) => p.name).sort()).toEqual(['<img src=x onerror=alert(1)>', 'Ana', '王芳'].sort());

    await row('Li Lei').getByLabel('Li Lei 的小组').selectOption({ label: '第1组' });
    await textOf(teamRow('第1组').locator('.team-size')).toBe('4 人');
    await until(host.client, () => doc().participants[idOf('Li Lei')]?.teamId === t1);

    await row('赵强').getByRole('button', { name: '将 赵强 移出课堂' }).click();
    await page.getByRole('dialog', { name: '移出学员' }).getByRole('button', { name: '移出' }).click();
    await row('赵强').waitFor({ state: 'detached' });
    await until(host.client, () => doc().participants[idOf('赵强')] === undefined);
    await textOf(teamRow('第2组').locator('.team-size')).toBe('0 人');

    // A team made by hand, then the room dealt again over three teams: only who must move moves.
    await page.getByLabel('新小组名称').fill('攻坚组');
    await page.getByRole('button', { name: '添加小组' }).click();
    await teamRow('攻坚组').waitFor();
    await page.getByLabel('分成几组').fill('3');
    await page.getByRole('button', { name: '自动分组' }).click();
    await until(host.client, () => {
      const sizes = [t1, t2, teamIdNamed('攻坚组')].map((id) => Object.values(doc().participants).filter((p) => p.teamId === id).length);
      return sizes.join() === '2,1,1';
    });
  });

  it('locks and unlocks editing, and shares a team with the room', async () => {
    await page.getByRole('button', { name: '锁定编辑' }).click();
    await textOf(page.locator('.lock-state')).toContain('编辑已锁定');
    await until(host.client, () => doc().classrooms[workshopId]?.locked === true);
    await page.getByRole('button', { name: '解除锁定' }).click();
    await textOf(page.locator('.lock-state')).toContain('编辑开放');
    await until(host.client, () => doc().classrooms[workshopId]?.locked === false);

    const share = page.getByRole('button', { name: '把 第2组 的成果共享给全班' });
    await share.click();
    await expect.poll(() => share.getAttribute('aria-pressed')).toBe('true');
    await until(host.client, () => doc().classrooms[workshopId]?.sharedTeamIds.join() === teamIdNamed('第2组'));
  });

  it("compares the chosen teams' work side by side on the projector, by keyboard", async () => {
    const t1 = teamIdNamed('第1组')!;
    await asTrainer({
      type: 'batch',
      payload: {
        workshopId,
        ops: [
          { type: 'artifact.add', payload: { workshopId, artifactId: 'journey-t1-01', deliverable: 'journey', fields: { title: '', teamId: t1 } } },
          { type: 'stage.add', payload: { workshopId, artifactId: 'journey-t1-01', stageId: 'stage-t1-001', fields: { name: '入住' } } },
          { type: 'card.add', payload: { workshopId, stageId: 'stage-t1-001', cardId: 'card-t1-0001', fields: { ...blankCard('前台办理入住'), script: '欢迎回家，王先生' } } },
        ],
      },
    });
    await page.getByRole('checkbox', { name: '投影对比 第1组' }).check();
    await page.getByRole('checkbox', { name: '投影对比 第2组' }).check();
    await until(host.client, () => doc().classrooms[workshopId]?.projectedTeamIds.length === 2);
    await page.getByRole('link', { name: '投影对比所选小组（2）' }).click();

    const columns = page.locator('.compare-column');
    await expect.poll(() => columns.locator('.compare-team').allInnerTexts()).toEqual([expect.stringMatching(/^第1组/), expect.stringMatching(/^第2组/)]);
    await textOf(columns.nth(0)).toContain('欢迎回家，王先生');
    await textOf(columns.nth(1)).toContain('这一组还没有这项内容。');
    await page.keyboard.press('2');
    await expect.poll(() => page.getByRole('button', { name: /岗位考核标准/ }).getAttribute('aria-pressed')).toBe('true');
    await textOf(columns.nth(0)).toContain('这一组还没有这项内容。');
    await page.keyboard.press('ArrowLeft');
    await textOf(columns.nth(0)).toContain('前台办理入住');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: '让学员加入' }).waitFor();
    expect(trainer.errors).toEqual([]);
  });

  it('opens the guide by itself when the room has been open a while and no phone reached it, once per opening', async () => {
    // The page's clock is a fake one, moved on by hand: minutes pass without waiting for them.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    contexts.push(context);
    context.setDefaultTimeout(UI_TIMEOUT);
    await context.clock.install();
    const quiet = await context.newPage();
    await quiet.goto(server.url);
    await quiet.getByRole('link', { name: '打开 课堂演练' }).click();
    await quiet.getByRole('link', { name: /^课堂 / }).click();
    // Ana's phone is connected: the room is reached, nothing to explain.
    await quiet.getByTestId('join-code').waitFor();
    await textOf(quiet.locator('tr.person-row', { hasText: 'Ana' })).toContain('在线');
    await context.clock.fastForward('03:00');
    expect(await quiet.getByRole('dialog').count()).toBe(0);

    // Closed (her phone is let go) and opened again: nobody reaches this opening.
    const reopen = async () => {
      await quiet.getByRole('button', { name: '关闭课堂' }).click();
      await quiet.getByRole('dialog', { name: '关闭课堂' }).getByRole('button', { name: '关闭课堂' }).click();
      await quiet.getByRole('button', { name: '打开课堂' }).click();
      await quiet.getByTestId('join-code').waitFor();
      await textOf(quiet.locator('.people-head .count')).toBe('在线 0');
    };
    await reopen();
    await context.clock.fastForward('01:00');
    expect(await quiet.getByRole('dialog').count()).toBe(0);
    await context.clock.fastForward('01:30');
    const help = quiet.getByRole('dialog', { name: '手机连不上？' });
    await textOf(help).toContain('课堂已经打开了一会儿，还没有手机连上');
    await help.getByRole('button', { name: '知道了' }).click();
    // Offered once per opening: it does not come back while the trainer looks for the cause…
    await context.clock.fastForward('05:00');
    expect(await quiet.getByRole('dialog').count()).toBe(0);
    // …but a new opening (a new address, a new code) is offered it again.
    await reopen();
    await context.clock.fastForward('02:30');
    await textOf(help).toContain('课堂已经打开了一会儿，还没有手机连上');
  });
});
