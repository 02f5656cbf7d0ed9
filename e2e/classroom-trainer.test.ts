import type { Page, Route } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../shared/core/doc.ts';
import { blankCard } from '../shared/deliverables/journey/schemas.ts';
import type { ClassroomAddress, ClassroomState, OpenClassroomRequest } from '../shared/protocol/classroom.ts';
import { HTTP } from '../shared/protocol/http.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import { until } from '../electron/host/testing/fixtures.ts';
import { wireClient, type WireClient } from '../electron/host/testing/wire-client.ts';
import { countOf, createWorkshop, textOf, UI_TIMEOUT, useApp, type OpenedPage } from './harness.ts';

/**
 * The trainer's classroom screen against the real host: opening and closing the room (the listener's HTTP routes
 * are played by a route mock until the host side lands), the people who joined (added as the host adds them, with
 * trainer ops), moving and removing them, auto-assigning teams, the lock, sharing, and the compare screen.
 */

const app = useApp();
const closers: (() => void)[] = [];
afterAll(() => closers.forEach((close) => close()));

const WIFI: ClassroomAddress = { address: '192.168.1.20', interfaceName: 'Wi-Fi', virtual: false, reachable: true };
const VPN: ClassroomAddress = { address: '10.8.0.2', interfaceName: 'tun0', virtual: true, reachable: true };
const DOCKER: ClassroomAddress = { address: '172.17.0.1', interfaceName: 'docker0', virtual: true, reachable: false };
const CODE = 'K7M4Q2XP';

/** Plays the host's classroom routes (trainer side) in the page, recording what the page asked for. */
async function mockClassroomRoutes(page: Page) {
  const opened: OpenClassroomRequest[] = [];
  let state: ClassroomState = { open: false, addresses: [VPN, DOCKER, WIFI] };
  const json = (route: Route, body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  await page.route(`**${HTTP.classroom}`, (route) => json(route, state));
  await page.route(`**${HTTP.classroomOpen}`, (route) => {
    const request = route.request().postDataJSON() as OpenClassroomRequest;
    opened.push(request);
    const joinUrl = `http://${request.address}:4310/`;
    state = { open: true, addresses: state.addresses, workshopId: request.workshopId, address: request.address, port: 4310, joinUrl, joinCode: CODE };
    return json(route, state);
  });
  await page.route(`**${HTTP.classroomClose}`, (route) => {
    state = { open: false, addresses: state.addresses };
    return json(route, state);
  });
  return { opened };
}

describe("the trainer's classroom screen", () => {
  let trainer: OpenedPage;
  let page: Page;
  let workshopId: string;
  let host: WireClient;
  const doc = (): WorkshopDoc => host.client.docView(workshopId)!;
  /** Sends ops as the trainer's own session would (participant.join is made by the host with trainer authority). */
  const asTrainer = async (op: OpInput) => {
    host.client.submit(op);
    await until(host.client, () => host.client.pending === 0);
    expect(host.rejects).toEqual([]);
  };
  const row = (name: string) => page.locator('tr.person-row', { hasText: name });
  const teamRow = (name: string) => page.locator('li.team-row', { hasText: name });
  const teamIdNamed = (name: string) => Object.values(doc().teams).find((t) => t.name === name)?.id;

  it('opens the room on the first usable physical address and shows the address, QR code and code large', async () => {
    trainer = await app.open();
    page = trainer.page;
    const routes = await mockClassroomRoutes(page);
    await createWorkshop(page, { name: '课堂演练' });
    workshopId = /#\/w\/([\w-]+)/.exec(page.url())![1]!;
    const token = await page.evaluate(() => sessionStorage.getItem('satisfy.token'));
    host = wireClient({ origin: app.host.origin, token: token!, name: '主机' });
    closers.push(() => host.client.close());
    host.client.connect();
    host.client.watchWorkshop(workshopId);
    await until(host.client, () => host.client.docView(workshopId) !== null);

    await page.getByRole('link', { name: /课堂/ }).click();
    const addresses = page.getByRole('group', { name: '学员连接的网络地址' });
    // Physical first, the VPN after it, the adapter the host cannot reach itself on last and marked.
    await textOf(addresses).toMatch(/192\.168\.1\.20[\s\S]*10\.8\.0\.2[\s\S]*172\.17\.0\.1/);
    await expect.poll(() => addresses.getByRole('radio', { name: /192\.168\.1\.20/ }).isChecked()).toBe(true);
    await textOf(addresses.locator('label', { hasText: '172.17.0.1' })).toContain('不可用');
    await textOf(addresses.locator('label', { hasText: '10.8.0.2' })).toContain('虚拟网卡 / VPN');

    await page.getByRole('button', { name: '打开课堂' }).click();
    await textOf(page.getByTestId('join-address')).toBe('http://192.168.1.20:4310/');
    await textOf(page.getByTestId('join-code')).toBe('K7M4 Q2XP');
    expect(routes.opened).toEqual([{ workshopId, address: '192.168.1.20' }]);
    const qr = page.getByRole('img', { name: /加入二维码/ });
    expect(await qr.getAttribute('data-link')).toBe('http://192.168.1.20:4310/#code=K7M4Q2XP');
    // The code is the largest thing on the screen after the QR code: legible from the back row.
    const codePx = await page.getByTestId('join-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codePx).toBeGreaterThanOrEqual(60);

    // Projector mode from the keyboard (the next step's button has the focus): only address, QR and code; Esc returns.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focused).toBe('全屏显示加入方式');
    await page.keyboard.press('Enter');
    const projected = page.getByRole('region', { name: '加入方式（投影）' });
    await textOf(projected).toContain('K7M4 Q2XP');
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

    // Closing asks first; then the address list is back.
    await page.getByRole('button', { name: '关闭课堂' }).click();
    await page.getByRole('dialog', { name: '关闭课堂' }).getByRole('button', { name: '关闭课堂' }).click();
    await page.getByRole('button', { name: '打开课堂' }).waitFor();
    await expect.poll(focused).toBe('打开课堂');
    await countOf(page.getByTestId('join-code')).toBe(0);
    expect(trainer.errors).toEqual([]);
  });

  it('lists who joined in join order, with user text shown as text', async () => {
    const names = ['王芳', 'Li Lei', '<img src=x onerror=alert(1)>', '赵强', 'Ana'];
    await asTrainer({
      type: 'batch',
      payload: {
        workshopId,
        ops: names.map((name, i) => ({
          type: 'participant.join' as const,
          payload: { workshopId, participantId: `participant-${i}0000`, name, teamId: null, language: i % 2 ? ('en' as const) : ('zh-CN' as const) },
        })),
      },
    });
    await textOf(page.getByRole('heading', { name: /学员（/ })).toBe('学员（5）');
    await expect.poll(() => page.locator('tr.person-row th').allInnerTexts()).toEqual(names);
    expect(await page.locator('tr.person-row img').count()).toBe(0);
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
    await until(host.client, () => doc().participants['participant-10000']?.teamId === t1);

    await row('赵强').getByRole('button', { name: '将 赵强 移出课堂' }).click();
    await page.getByRole('dialog', { name: '移出学员' }).getByRole('button', { name: '移出' }).click();
    await row('赵强').waitFor({ state: 'detached' });
    await until(host.client, () => doc().participants['participant-30000'] === undefined);
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

  it('opens the guide by itself when the room has been open a while and no phone reached it', async () => {
    // The page's clock is a fake one, moved on by hand: two minutes pass without waiting for them.
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    closers.push(() => void context.close());
    context.setDefaultTimeout(UI_TIMEOUT);
    await context.clock.install();
    const quiet = await context.newPage();
    await mockClassroomRoutes(quiet);
    await quiet.goto(app.host.url);
    await quiet.getByRole('link', { name: '打开 课堂演练' }).click();
    await quiet.getByRole('link', { name: /课堂/ }).click();
    await quiet.getByRole('button', { name: '打开课堂' }).click();
    await quiet.getByTestId('join-code').waitFor();
    await context.clock.fastForward('01:00');
    expect(await quiet.getByRole('dialog').count()).toBe(0);
    await context.clock.fastForward('01:30');
    const help = quiet.getByRole('dialog', { name: '手机连不上？' });
    await textOf(help).toContain('课堂已经打开了一会儿，还没有手机连上');
    await help.getByRole('button', { name: '知道了' }).click();
    // Offered once per opening: it does not come back while the trainer looks for the cause.
    await context.clock.fastForward('05:00');
    expect(await quiet.getByRole('dialog').count()).toBe(0);
  });
});
