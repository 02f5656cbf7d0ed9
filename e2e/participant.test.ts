import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankCard } from '../shared/deliverables/journey/schemas.ts';
import { newId } from '../shared/domain/ids.ts';
import { sessionStatus } from '../electron/host/classroom/classroom-fixture.ts';
import { launchBrowser, textOf, UI_TIMEOUT } from './harness.ts';
import { startClassroom, type Classroom } from './participant-room.ts';

/**
 * The participant app on a phone (390×844), against the real host: the trainer opens the classroom on 127.0.0.2 (a
 * loopback alias playing the laptop's Wi-Fi), phones load the page the classroom listener serves and join by its code.
 * Joining, choosing a team, answering the trainer's poll, a note with HTML in it, and the host ending the connection.
 */

let room: Classroom;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  room = await startClassroom();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await room?.stop();
});

interface Phone {
  page: Page;
  errors: string[];
}

/** A phone on the classroom's join link (`hash` as a scanned QR code carries it), in a browser context of its own. */
async function phone(hash = '', options: { clockOffsetMs?: number; classroom?: Classroom; locale?: string } = {}): Promise<Phone> {
  const context = await browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(UI_TIMEOUT);
  // A phone whose own clock is off: time still runs, from a wrong start.
  if (options.clockOffsetMs) await context.clock.install({ time: Date.now() + options.clockOffsetMs });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A refused join (401, 429) is logged by the browser itself; the page shows it, and that is what the tests check.
    if (message.type() === 'error' && !message.location().url.endsWith('/api/join')) errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${(options.classroom ?? room).joinUrl}${hash}`);
  return { page, errors };
}

/** A code of the right shape that is not the classroom's: its last letter changed. */
const wrongCode = (code: string) => code.slice(0, 7) + (code[7] === 'X' ? 'Y' : 'X');

const participantIdOf = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('satisfy.participant') ?? '{}') as { participantId: string }).participantId);

const nps = (page: Page, score: number) => page.getByRole('group', { name: '0 到 10 分' }).getByRole('button', { name: String(score), exact: true });

describe('a participant on a phone', () => {
  let anna: Phone;

  it('keeps what was typed when the code is wrong, says so beside the code, and joins with the right one', async () => {
    anna = await phone(`#code=${wrongCode(room.code)}`);
    const { page } = anna;
    const code = page.getByLabel('加入码');
    await expect.poll(() => code.inputValue()).toBe(wrongCode(room.code));
    // An empty name is refused in the page, before anything is sent.
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await textOf(page.getByRole('alert')).toBe('请填写名字');
    await page.getByLabel('你的名字').fill('王芳');
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await textOf(page.getByRole('alert')).toBe('加入码不正确，请核对投影上的加入码。');
    expect(await page.getByLabel('你的名字').inputValue()).toBe('王芳');
    // Typed from the projector in lower case: the host takes it all the same.
    await code.fill(room.code.toLowerCase());
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await textOf(page.getByRole('status').filter({ hasText: '讲师还没有发起活动' })).toContain('请稍候');
    await textOf(page.locator('.p-me')).toContain('王芳');
    // The code has done its job: it no longer sits in the address bar.
    expect(new URL(page.url()).hash).toBe('');
  });

  it('after five wrong codes is refused even the right one, and told how long to wait', async () => {
    // A classroom of its own: the phones of this file all reach the host from one address, which this test blocks.
    const other = await startClassroom();
    try {
      const { page } = await phone('', { classroom: other });
      await page.getByLabel('你的名字').fill('李雷');
      for (const last of 'HJKMN') {
        await page.getByLabel('加入码').fill(`ABCDEFG${last}`);
        const answered = page.waitForResponse((r) => r.url().endsWith('/api/join'));
        await page.getByRole('button', { name: '加入', exact: true }).click();
        await answered;
        await textOf(page.getByRole('alert')).toBe('加入码不正确，请核对投影上的加入码。');
      }
      await page.getByLabel('加入码').fill(other.code);
      await page.getByRole('button', { name: '加入', exact: true }).click();
      await textOf(page.getByRole('alert')).toBe('尝试次数过多，请 5 分钟后再试。');
      expect(Object.keys(other.host.engine.docs.get(other.workshopId)!.participants)).toEqual([]);
    } finally {
      await other.stop();
    }
  });

  it('chooses a team once, and follows the trainer moving it to another', async () => {
    const { page } = anna;
    await page.getByRole('button', { name: '第一组' }).click();
    await textOf(page.locator('.p-team')).toBe('小组：第一组');
    await expect.poll(() => page.getByRole('heading', { name: '选择你的小组' }).count()).toBe(0);
    const participantId = await participantIdOf(page);
    await room.trainer({ type: 'participant.setTeam', payload: { workshopId: room.workshopId, participantId, teamId: room.teams[1]!.id } });
    await textOf(page.locator('.p-team')).toBe('小组：第二组');
  });

  it('answers the NPS poll the trainer started, changes the answer, and sees the result once revealed', async () => {
    const { page } = anna;
    const activityId = newId();
    await room.trainer({
      type: 'activity.start',
      payload: { workshopId: room.workshopId, activityId, fields: { kind: 'npsPoll', prompt: '你会向朋友推荐我们的酒店吗？', stepId: null, anonymous: false, votesPerPerson: 3, sourceActivityId: null, dimensions: [] } },
    });
    await page.getByRole('heading', { name: '你会向朋友推荐我们的酒店吗？' }).waitFor();
    await nps(page, 6).click();
    await textOf(page.locator('.p-answer')).toContain('你的回答：6 分');
    await nps(page, 9).click();
    await textOf(page.locator('.p-answer')).toBe('你的回答：9 分。活动结束前可以更改。');
    await expect.poll(() => nps(page, 9).getAttribute('aria-pressed')).toBe('true');
    // The host holds one answer from this person: the latest.
    await expect.poll(() => Object.values(room.host.engine.docs.get(room.workshopId)!.responses).map((r) => r.score)).toEqual([9]);
    await room.trainer({ type: 'activity.update', payload: { workshopId: room.workshopId, activityId, patch: { open: false, revealed: true } } });
    await textOf(page.getByRole('status').filter({ hasText: '活动已结束' })).toBe('活动已结束，不再接受回答。');
    await textOf(page.locator('.p-big-number')).toBe('NPS 100');
    expect(await nps(page, 3).isDisabled()).toBe(true);
  });

  it('shows a note with HTML in it as text', async () => {
    const { page } = anna;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await room.trainer({
      type: 'activity.start',
      payload: { workshopId: room.workshopId, activityId: newId(), fields: { kind: 'brainstorm', prompt: '客人最在意什么？', stepId: null, anonymous: false, votesPerPerson: 3, sourceActivityId: null, dimensions: [] } },
    });
    const markup = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    await page.getByLabel('写一张便签').fill(markup);
    await page.getByRole('button', { name: '贴上' }).click();
    await textOf(page.getByRole('list', { name: '我的便签' })).toContain(markup);
    expect(await page.locator('.p-notes script, .p-notes img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('keeps its place across a reload', async () => {
    const { page } = anna;
    await page.reload();
    await textOf(page.locator('.p-team')).toBe('小组：第二组');
    await page.getByRole('heading', { name: '客人最在意什么？' }).waitFor();
    expect(anna.errors).toEqual([]);
  });

  it('changes its name for the whole room', async () => {
    const { page } = anna;
    await page.getByRole('button', { name: '改名（现在是 王芳）' }).click();
    await page.getByLabel('你的名字').fill('王芳芳');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '改名（现在是 王芳芳）' }).waitFor();
    await expect.poll(() => Object.values(room.host.engine.docs.get(room.workshopId)!.participants).map((p) => p.name)).toContain('王芳芳');
    expect(anna.errors).toEqual([]);
  });
});

/** A phone that joined (by the scanned code) as `name` and chose `team`. */
async function joinedAs(name: string, team: string): Promise<Phone> {
  const p = await phone(`#code=${room.code}`);
  await p.page.getByLabel('你的名字').fill(name);
  await p.page.getByRole('button', { name: '加入', exact: true }).click();
  await p.page.getByRole('button', { name: team }).click();
  await textOf(p.page.locator('.p-team')).toBe(`小组：${team}`);
  return p;
}

describe('two members of a team on one journey map', () => {
  it('see who is editing which moment, and the one typing is told when the other changes the same field', async () => {
    const artifactId = newId();
    const stageId = newId();
    const cardId = newId();
    const { workshopId } = room;
    await room.trainer({ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'journey', fields: { title: '', teamId: room.teams[0]!.id } } });
    await room.trainer({ type: 'stage.add', payload: { workshopId, artifactId, stageId, fields: { name: '入住' } } });
    await room.trainer({ type: 'card.add', payload: { workshopId, stageId, cardId, fields: { ...blankCard('前台办理入住') } } });
    const a = await joinedAs('陈静', '第一组');
    const b = await joinedAs('刘洋', '第一组');
    for (const p of [a, b]) await p.page.getByRole('button', { name: '我们的成果' }).click();
    await textOf(a.page.getByRole('region', { name: '在线成员' })).toContain('刘洋');

    await a.page.getByRole('button', { name: /前台办理入住/ }).click();
    const aField = a.page.getByLabel('触点 / 关键时刻');
    await aField.fill('前台办理入住（陈静的草稿）');
    await textOf(b.page.getByRole('button', { name: /前台办理入住/ })).toContain('✎ 陈静');
    await textOf(b.page.getByRole('region', { name: '在线成员' })).toMatch(/陈静\s*✎ 正在编辑「前台办理入住」/);

    await b.page.getByRole('button', { name: /前台办理入住/ }).click();
    await b.page.getByLabel('触点 / 关键时刻').fill('前台 3 分钟内办完入住');
    await b.page.getByLabel('触点 / 关键时刻').press('Enter');
    await textOf(a.page.getByRole('region', { name: '通知' })).toContain('你正在编辑的内容刚被其他人修改了');
    // Flagged, not silently replaced: the draft is still in the field.
    expect(await aField.inputValue()).toBe('前台办理入住（陈静的草稿）');
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('keeps a phone’s edit made while the host could not hear it, and sends it after a reload', async () => {
    const { page, errors } = await joinedAs('周婷', '第一组');
    let dropOps = true;
    await page.routeWebSocket(/\/ws$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (dropOps && String(message).includes('"type":"op"')) return;
        server.send(message);
      });
    });
    // The socket opened before the route: reconnect through it.
    await page.reload();
    await page.getByRole('button', { name: '我们的成果' }).click();
    await page.getByRole('button', { name: /前台 3 分钟内办完入住/ }).click();
    await page.getByLabel('话术').fill('您好，欢迎入住栖梧酒店');
    await page.getByLabel('话术').blur();
    await textOf(page.getByRole('status').filter({ hasText: '正在保存' })).toContain('1');
    dropOps = false;
    await page.reload();
    const stored = () => Object.values(room.host.engine.docs.get(room.workshopId)!.journeyCards).map((c) => c.script);
    await expect.poll(stored, { timeout: UI_TIMEOUT }).toContain('您好，欢迎入住栖梧酒店');
    expect(errors).toEqual([]);
  });
});

describe('a phone whose connection died without closing', () => {
  it('notices when it wakes, connects afresh and delivers what was typed meanwhile, without a reload', async () => {
    const { page, errors } = await joinedAs('孙悦', '第一组');
    let sockets = 0;
    let dead = false;
    await page.routeWebSocket(/\/ws$/, (ws) => {
      sockets++;
      const server = ws.connectToServer();
      const mine = sockets;
      // The first socket through the route goes silent both ways, as a phone out of the Wi-Fi's reach: nothing closes.
      ws.onMessage((message) => {
        if (!(dead && mine === 1)) server.send(message);
      });
      server.onMessage((message) => {
        if (!(dead && mine === 1)) ws.send(message);
      });
    });
    await page.reload();
    await page.getByRole('button', { name: '我们的成果' }).click();
    await page.getByRole('button', { name: /前台 3 分钟内办完入住/ }).click();
    dead = true;
    await page.getByLabel('感动点').fill('雨天递上一把伞');
    await page.getByLabel('感动点').blur();
    await textOf(page.getByRole('status').filter({ hasText: '正在保存' })).toContain('1');
    // The phone is shown again after sleeping: it asks the host, hears nothing, and connects again on its own.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const stored = () => Object.values(room.host.engine.docs.get(room.workshopId)!.journeyCards).map((c) => c.wow);
    await expect.poll(stored, { timeout: UI_TIMEOUT }).toContain('雨天递上一把伞');
    expect(sockets).toBe(2);
    expect(errors).toEqual([]);
  });
});

describe('a locked classroom', () => {
  it('shows a banner and makes the team’s work read-only', async () => {
    const { page, errors } = await joinedAs('吴迪', '第一组');
    await room.trainer({ type: 'classroom.update', payload: { workshopId: room.workshopId, patch: { locked: true } } });
    await textOf(page.getByRole('status').filter({ hasText: '锁定' })).toContain('讲师已锁定编辑');
    await page.getByRole('button', { name: '我们的成果' }).click();
    await page.getByRole('button', { name: /前台 3 分钟内办完入住/ }).click();
    // The moment opens to be read, not edited.
    await textOf(page.getByRole('article', { name: '前台 3 分钟内办完入住' })).toContain('您好，欢迎入住栖梧酒店');
    expect(await page.getByLabel('话术').count()).toBe(0);
    expect(await page.getByRole('button', { name: /添加关键时刻/ }).isDisabled()).toBe(true);
    await room.trainer({ type: 'classroom.update', payload: { workshopId: room.workshopId, patch: { locked: false } } });
    await expect.poll(() => page.getByLabel('话术').isEditable()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('tells someone busy on the team’s work that the trainer opened an activity', async () => {
    const { page } = await joinedAs('郑爽', '第一组');
    await page.getByRole('button', { name: '我们的成果' }).click();
    await room.trainer({
      type: 'activity.start',
      payload: { workshopId: room.workshopId, activityId: newId(), fields: { kind: 'ratingPoll', prompt: '我们的服务：期望与感知', stepId: null, anonymous: false, votesPerPerson: 3, sourceActivityId: null, dimensions: ['有形度', '同理度'] } },
    });
    await textOf(page.getByRole('navigation')).toContain('有新活动');
    await page.getByRole('navigation').getByRole('button', { name: /现在/ }).click();
    await page.getByRole('group', { name: '有形度 · 期望' }).getByRole('button', { name: '6' }).click();
    await page.getByRole('group', { name: '有形度 · 感知' }).getByRole('button', { name: '4' }).click();
    await page.getByRole('button', { name: '提交评分' }).click();
    await textOf(page.locator('.p-answer')).toBe('已提交 1 个维度。');
    await expect
      .poll(() => Object.values(room.host.engine.docs.get(room.workshopId)!.responses).filter((r) => r.ratings.length).map((r) => r.ratings))
      .toEqual([[{ dimension: 0, expectation: 6, perception: 4 }]]);
  });
});

describe('the exercise timer', () => {
  it('counts down by the host clock on a phone whose own clock runs ten minutes fast', async () => {
    const { page, errors } = await phone(`#code=${room.code}`, { clockOffsetMs: 10 * 60_000 });
    await page.getByLabel('你的名字').fill('快表');
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await page.getByRole('heading', { name: '选择你的小组' }).waitFor();
    await room.trainer({ type: 'timer.set', payload: { workshopId: room.workshopId, ms: 5 * 60_000 } });
    await room.trainer({ type: 'timer.start', payload: { workshopId: room.workshopId } });
    // By the phone's own clock the five minutes ended long ago (0:00); by the host's, they have just begun.
    await textOf(page.getByRole('timer')).toMatch(/^4:5\d|^5:00/);
    expect(errors).toEqual([]);
  });
});

describe('the host ends the connection', () => {
  it('tells a removed participant so, forgets the credential the host no longer accepts, and offers a new join', async () => {
    const { page, errors } = await joinedAs('钱多', '第二组');
    const participantId = await participantIdOf(page);
    const token = await page.evaluate(() => localStorage.getItem('satisfy.token'));
    await room.trainer({ type: 'participant.remove', payload: { workshopId: room.workshopId, participantId } });
    await page.getByRole('heading', { name: '你已被移出课堂' }).waitFor();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('satisfy.token'))).toBeNull();
    expect(await sessionStatus(new URL(room.joinUrl).origin, token!)).toBe(401);
    await page.getByRole('button', { name: '重新加入' }).click();
    await page.getByLabel('加入码').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens in English on a phone set to English, and keeps the language its owner picks', async () => {
    const { page, errors } = await phone(`#code=${room.code}`, { locale: 'en-GB' });
    await page.getByRole('heading', { name: 'Join the classroom' }).waitFor();
    await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '加入课堂' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '加入课堂' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('tells the participant the classroom closed, in their language, and gets back in once it is open again', async () => {
    const { page, errors } = await phone(`#code=${room.code}`);
    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Your name').fill('Tom');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('heading', { name: 'Choose your team' }).waitFor();
    const participantId = await participantIdOf(page);
    await room.closeClassroom();
    await page.getByRole('heading', { name: 'The classroom is closed' }).waitFor();
    // Tapped at once, while the classroom is still closed: the page keeps saying so, and offers no room to work in.
    await page.getByRole('button', { name: 'Try again' }).click();
    await textOf(page.getByRole('status')).toContain('Waiting for the classroom to open again');
    expect(await page.getByRole('heading', { name: 'The classroom is closed' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '第一组' }).count()).toBe(0);
    // Opened again (with a new code on the projector): the phone gets back in by itself, in the same place.
    const oldCode = room.code;
    await room.open();
    expect(room.code).not.toBe(oldCode);
    await page.getByRole('heading', { name: 'Choose your team' }).waitFor();
    expect(await participantIdOf(page)).toBe(participantId);
    await page.getByRole('button', { name: '第一组' }).click();
    await textOf(page.locator('.p-team')).toBe('Team: 第一组');
    await expect.poll(() => room.host.engine.docs.get(room.workshopId)!.participants[participantId]?.teamId).toBe(room.teams[0]!.id);
    // While the classroom was closed the browser itself logged each refused connection; the page logged nothing.
    expect(errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});
