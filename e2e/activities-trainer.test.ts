import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../shared/core/doc.ts';
import { newId } from '../shared/domain/ids.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import { joined, lanOrigin, LAN, openClassroom } from '../electron/host/classroom/classroom-fixture.ts';
import { startHost, type RunningHost } from '../electron/host/host.ts';
import { loadDoc } from '../electron/host/store/doc-store.ts';
import { tempDir } from '../electron/host/testing/fixtures.ts';
import { Speaker } from '../electron/host/testing/speaker.ts';
import { CURRICULUM } from '../templates/curriculum.ts';
import { readDocx } from './docx.ts';
import { countOf, createWorkshop, launchBrowser, openPage, ROOT, textOf, UI_TIMEOUT, valueOf, type OpenedPage } from './harness.ts';

/**
 * The trainer's side of the live activities in Chromium, against the real host (in this process, serving the built
 * app, with loopback aliases for the classroom network): the trainer opens the classroom and five members join it with
 * its code and talk over their own sockets on the classroom's address; a sixth joins on a phone through the join link,
 * and shows whatever the trainer puts on every phone. An NPS poll started from the step that teaches
 * NPS, answered by five members over their own sockets, shows the right NPS live; a rating poll from the SERVQUAL step
 * shows its gaps; a note with HTML in it stays text; a dot vote stays hidden on the projector until revealed; the
 * activities screen's export downloads the classroom record as a Word file.
 */

/** A phone (390×844) on `url`, with its errors collected as openPage does. */
async function openPhone(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The build has no icon yet, and the classroom listener (rightly) has no fallback page to answer /favicon.ico with.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  const response = await page.goto(url);
  return { context, page, errors, response };
}

const title = (id: string) => CURRICULUM.sections.find((s) => s.id === id)!.title['zh-CN'];

describe('live activities, trainer side', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  /** One more participant on a real phone, joined through the join link: what the room sees of the trainer's choices. */
  let phone: OpenedPage;
  let workshopId: string;
  const members: { speaker: Speaker; id: string; name: string }[] = [];
  const dialogs: string[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'satisfy-e2e-activities-'));

  const doc = (): WorkshopDoc => loadDoc(host.db, workshopId)!;
  const newest = (kind: string) => Object.values(doc().activities).filter((a) => a.kind === kind).sort((a, b) => b.order.localeCompare(a.order))[0]!;
  const send = async (who: Speaker, op: OpInput) => expect(await who.send(op), op.type).toMatchObject({ type: 'ack' });
  const goToStep = async (sectionId: string) => {
    await page.getByRole('link', { name: /议程/ }).click();
    const row = page.locator('tr.agenda-row', { hasText: title(sectionId) });
    if (CURRICULUM.sections.find((s) => s.id === sectionId)!.day === 2) await page.getByRole('button', { name: '第 2 天' }).click();
    await row.getByRole('button', { name: '开始此环节' }).click();
    await expect.poll(() => row.getAttribute('aria-current')).toBe('step');
  };

  beforeAll(async () => {
    dir = tempDir();
    host = await startHost({ dataDir: dir.dir, port: 0, staticDir: join(ROOT, 'dist', 'renderer'), appVersion: 'e2e', classroomAddresses: () => LAN });
    browser = await launchBrowser();
    opened = await openPage(browser, host.url);
    page = opened.page;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
    await createWorkshop(page, { name: '课堂互动演练', company: '栖梧酒店集团' });
    workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
    // Members' credentials work only while their workshop's classroom is open.
    const classroom = await openClassroom(host, workshopId);
    const origin = lanOrigin(classroom);
    for (const name of ['王芳', '李雷', '张伟', '刘洋', '陈静']) {
      const { token, participantId } = await joined(origin, classroom.joinCode, name);
      members.push({ speaker: await Speaker.open(origin, token, name), id: participantId, name });
    }
    phone = await openPhone(browser, `${classroom.joinUrl}#code=${classroom.joinCode}`);
    await phone.page.getByLabel('你的名字').fill('赵敏');
    await phone.page.getByRole('button', { name: '加入', exact: true }).click();
    await phone.page.getByRole('status').filter({ hasText: '讲师还没有发起活动' }).waitFor();
  });

  afterAll(async () => {
    for (const m of members) m.speaker.close();
    await opened?.context.close().catch(() => undefined);
    await phone?.context.close().catch(() => undefined);
    await browser?.close();
    await host?.close();
    dir?.remove();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('starts an NPS poll from the NPS step with the question filled in, and shows the NPS as members answer', async () => {
    await goToStep('l1-nps');
    await page.getByRole('button', { name: '发起 NPS 调查' }).click();
    const dialog = page.getByRole('dialog', { name: '发起活动：NPS 调查' });
    await valueOf(dialog.getByLabel('题目（参与者看到的问题）')).toBe('您会把我们推荐给朋友吗？');
    await dialog.getByRole('button', { name: '开始' }).click();
    await expect.poll(() => Object.values(doc().activities).length).toBe(1);
    const poll = newest('npsPoll');
    expect(poll).toMatchObject({ prompt: '您会把我们推荐给朋友吗？', stepId: doc().agendaClocks[workshopId]!.currentStepId, open: true });
    // Starting it put it on every phone.
    expect(doc().classrooms[workshopId]?.activeActivityId).toBe(poll.id);
    await phone.page.getByRole('heading', { name: '您会把我们推荐给朋友吗？' }).waitFor();

    // The projection of the step shows the poll's results in place of the points, live.
    await page.getByRole('link', { name: '投影模式' }).click();
    await textOf(page.locator('.present-title')).toBe(title('l1-nps'));
    await textOf(page.getByTestId('activity-nps')).toBe('—');
    for (const [i, score] of [10, 9, 9, 8, 3].entries()) {
      const m = members[i]!;
      await send(m.speaker, { type: 'poll.answer', payload: { workshopId, activityId: poll.id, responseId: newId(), respondentId: m.id, score, ratings: [] } });
    }
    // 3 promoters, 1 passive, 1 detractor of 5: 60% − 20% = 40.
    await textOf(page.getByTestId('activity-nps')).toBe('40');
    await textOf(page.getByTestId('activity-promoters')).toBe('60%');
    await textOf(page.getByTestId('activity-passives')).toBe('20%');
    await textOf(page.getByTestId('activity-detractors')).toBe('20%');
    await textOf(page.getByTestId('activity-count')).toBe('5 人作答');
    // One bar per score, drawn from the answers.
    await countOf(page.locator('.act-nps-chart svg')).toBe(1);

    // A member changes their mind (3 → 9): 80% − 0% = 80.
    await send(members[4]!.speaker, { type: 'poll.answer', payload: { workshopId, activityId: poll.id, responseId: newId(), respondentId: members[4]!.id, score: 9, ratings: [] } });
    await textOf(page.getByTestId('activity-nps')).toBe('80');
    await page.keyboard.press('Escape');
    await page.locator('.agenda').waitFor();
  });

  it('starts the SERVQUAL rating poll over the five dimensions and shows the gaps with the largest shortfall', async () => {
    await goToStep('l2-servqual');
    await page.getByRole('link', { name: '投影模式' }).click();
    const dialog = page.getByRole('dialog', { name: '发起活动：期望与感知评分' });
    // Esc in the dialog closes the dialog, not the projection.
    await page.getByRole('button', { name: '发起五维度评分' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await countOf(dialog).toBe(0);
    await textOf(page.locator('.present-title')).toBe(title('l2-servqual'));
    await page.getByRole('button', { name: '发起五维度评分' }).click();
    await valueOf(dialog.getByLabel(/评分维度/)).toBe('有形度\n专业度\n反应度\n信赖度\n同理度');
    await dialog.getByRole('button', { name: '开始' }).click();
    await expect.poll(() => Object.values(doc().activities).filter((a) => a.kind === 'ratingPoll').length).toBe(1);
    const poll = newest('ratingPoll');

    // Two answers: responsiveness falls 2.5 short on average, tangibles beats expectation.
    const rate = (expectation: number[], perception: number[]) => expectation.map((e, dimension) => ({ dimension, expectation: e, perception: perception[dimension]! }));
    const answers = [rate([5, 6, 7, 6, 6], [6, 5, 4, 6, 5]), rate([5, 6, 6, 6, 6], [6, 6, 4, 5, 6])];
    for (const [i, ratings] of answers.entries()) {
      const m = members[i]!;
      await send(m.speaker, { type: 'poll.answer', payload: { workshopId, activityId: poll.id, responseId: newId(), respondentId: m.id, score: null, ratings } });
    }
    const rows = page.getByTestId('activity-gaps').locator('tbody tr');
    await textOf(rows.nth(0)).toBe('有形度\t5.0\t6.0\t+1.0');
    await textOf(rows.nth(2)).toBe('反应度\t6.5\t4.0\t−2.5');
    await textOf(rows.nth(3)).toBe('信赖度\t6.0\t5.5\t−0.5');
    await textOf(page.getByTestId('activity-shortfall')).toBe('差距最大：反应度（−2.5）');
    await countOf(page.locator('.act-radar svg')).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.agenda').waitFor();
  });

  it('shows a brainstorm note with HTML in it as text, with its author, and says when the wall is revealed to the phones', async () => {
    await goToStep('l3-brainstorm');
    const ask = CURRICULUM.sections.find((s) => s.id === 'l3-brainstorm')!.notes.ask[0]!['zh-CN'];
    await page.locator('.act-step').getByRole('button', { name: '发起头脑风暴' }).click();
    const dialog = page.getByRole('dialog', { name: '发起活动：头脑风暴' });
    await valueOf(dialog.getByLabel('题目（参与者看到的问题）')).toBe(ask);
    await dialog.getByRole('button', { name: '开始' }).click();
    await expect.poll(() => Object.values(doc().activities).filter((a) => a.kind === 'brainstorm').length).toBe(1);
    const brainstorm = newest('brainstorm');

    const hostile = '<img src=x onerror=alert(1)>';
    const note = (i: number, text: string) =>
      send(members[i]!.speaker, { type: 'note.add', payload: { workshopId, activityId: brainstorm.id, noteId: newId(), text, authorId: members[i]!.id, authorName: members[i]!.name } });
    await note(0, hostile);
    await note(1, '前台主动起身迎客');
    await note(2, '投诉当天回电');

    await page.getByRole('link', { name: '全部课堂活动' }).click();
    const wall = page.getByTestId('activity-notes');
    await countOf(wall.locator('.act-note')).toBe(3);
    await textOf(wall.locator('.act-note-text').first()).toBe(hostile);
    await textOf(wall.locator('.act-note-author').first()).toBe('王芳');
    expect(await wall.locator('img').count()).toBe(0);

    // Phones show everyone's notes only once the wall is revealed: the list says which it is.
    const item = page.locator(`[data-activity-id="${brainstorm.id}"]`);
    await textOf(item).toContain('结果未公布');
    await page.getByRole('group', { name: '活动控制' }).getByRole('button', { name: '公布结果' }).click();
    await expect.poll(() => doc().activities[brainstorm.id]!.revealed).toBe(true);
    await textOf(item).toContain('✓ 结果已公布');
    expect(dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('keeps a dot vote hidden on the projector until the trainer reveals it', async () => {
    const brainstorm = newest('brainstorm');
    await page.getByRole('button', { name: '手动发起活动' }).click();
    const dialog = page.getByRole('dialog', { name: /发起/ });
    await dialog.getByLabel('活动类型').selectOption({ label: '圆点投票' });
    await dialog.getByLabel('题目（参与者看到的问题）').fill('哪一条最先做？');
    await dialog.getByLabel('每人几个圆点').fill('2');
    await dialog.getByRole('button', { name: '开始' }).click();
    await expect.poll(() => Object.values(doc().activities).filter((a) => a.kind === 'dotVote').length).toBe(1);
    const vote = newest('dotVote');
    expect(vote).toMatchObject({ sourceActivityId: brainstorm.id, votesPerPerson: 2, revealed: false });
    await phone.page.getByRole('heading', { name: '哪一条最先做？' }).waitFor();
    // The notes voted on stay as they are: the brainstorm stopped taking notes as the vote started.
    expect(doc().activities[brainstorm.id]!.open).toBe(false);

    const notes = Object.values(doc().notes).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const favourite = notes.find((n) => n.text === '投诉当天回电')!;
    const other = notes.find((n) => n.text === '前台主动起身迎客')!;
    for (const [i, noteId] of [[0, favourite.id], [0, other.id], [1, favourite.id], [2, favourite.id]] as const) {
      await send(members[i]!.speaker, { type: 'vote.cast', payload: { workshopId, activityId: vote.id, voteId: newId(), noteId, voterId: members[i]!.id } });
    }

    // The trainer's own screen sees the tally, marked as theirs alone.
    const tally = page.getByTestId('activity-tally');
    await textOf(tally.locator('li').first()).toMatch(/^投诉当天回电\s+3 票$/);
    await textOf(page.locator('.act-trainer-only')).toContain('只有你看得到');

    // The projector shows only that three people voted.
    await page.getByRole('button', { name: '投影结果' }).click();
    const projection = page.getByTestId('activity-projection');
    await textOf(projection.getByTestId('activity-hidden')).toContain('已有 3 人投票');
    expect(await projection.getByTestId('activity-tally').count()).toBe(0);
    // Revealed from the projection itself, the tally appears there.
    await projection.getByRole('button', { name: '公布结果' }).click();
    await expect.poll(() => doc().activities[vote.id]!.revealed).toBe(true);
    await textOf(projection.getByTestId('activity-tally').locator('li').first()).toMatch(/^投诉当天回电\s+3 票$/);
    await textOf(projection.getByTestId('activity-tally').locator('li').nth(1)).toMatch(/^前台主动起身迎客\s+1 票$/);
    await page.keyboard.press('Escape');
    await countOf(projection).toBe(0);
  });

  it('lists the activities newest first, puts another on every phone, and removes one only when confirmed', async () => {
    const list = page.getByRole('list', { name: '本工作坊的活动（最新的在前）' });
    await textOf(list).toMatch(/^圆点投票[\s\S]*头脑风暴[\s\S]*期望与感知评分[\s\S]*NPS 调查/);
    const nps = newest('npsPoll');
    await list.locator(`[data-activity-id="${nps.id}"]`).click();
    await page.getByRole('button', { name: '在手机上显示' }).click();
    await expect.poll(() => doc().classrooms[workshopId]?.activeActivityId).toBe(nps.id);
    await textOf(list.locator(`[data-activity-id="${nps.id}"]`)).toContain('手机上正在显示');
    await phone.page.getByRole('heading', { name: '您会把我们推荐给朋友吗？' }).waitFor();

    await page.getByRole('button', { name: '结束作答' }).click();
    await expect.poll(() => doc().activities[nps.id]!.open).toBe(false);

    await page.getByRole('button', { name: '删除', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '删除活动' });
    await textOf(confirm).toContain('它的 5 份作答也会一并删除');
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(doc().activities[nps.id]).toBeDefined();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => doc().activities[nps.id]).toBeUndefined();
    await countOf(list.locator('li')).toBe(3);
    expect(doc().classrooms[workshopId]?.activeActivityId).toBeNull();
    await countOf(phone.page.getByRole('heading', { name: '您会把我们推荐给朋友吗？' })).toBe(0);
    expect(phone.errors).toEqual([]);
  });

  it('exports the classroom record as a Word file from the activities screen: who joined, and every activity with its results', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: '导出活动记录（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('课堂互动记录_1.0_栖梧酒店集团.docx');
    await textOf(page.locator('.activities-head [role="status"]')).toBe('已导出：课堂互动记录_1.0_栖梧酒店集团.docx');
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const record = await readDocx(file);
    const rows = record.rows.map((r) => r.join(' | '));
    const paragraphs = record.paragraphs.map((p) => p.text);

    // The six who joined with the code, none in a team yet.
    expect(rows).toContain('未分组 | 6 | 陈静、李雷、刘洋、王芳、张伟、赵敏');
    // The three activities left, in the order they were started, with their steps and how many took part.
    const at = rows.indexOf('序号 | 形式 | 题目 | 课程环节 | 参与');
    const listed = rows.slice(at + 1, at + 4);
    expect(listed).toEqual([
      '1 | 期望与感知评分 | 请为每个维度打分：您期望的水平，和您实际感受到的水平 | 第 1 天 · 服务质量评价模型（SERVQUAL） | 2 人作答',
      `2 | 头脑风暴 | ${newest('brainstorm').prompt} | 第 2 天 · ${title('l3-brainstorm')} | 3 条便签`,
      // Started by hand while the room was on the brainstorm's step: it belongs to that step.
      `3 | 圆点投票 | 哪一条最先做？ | 第 2 天 · ${title('l3-brainstorm')} | 3 人投票`,
    ]);
    // The results as the room saw them: the gaps, the notes ranked by their dots (the hostile one as plain text).
    expect(rows).toContain('反应度 | 6.50 | 4.00 | −2.50 | 2');
    expect(paragraphs).toContain('差距最大的维度：反应度，感知比期望低 2.50 分。');
    expect(rows).toContain('1 | 投诉当天回电 | 张伟 | — | 3');
    expect(rows).toContain('3 | <img src=x onerror=alert(1)> | 王芳 | — | 0');
    expect(paragraphs).toContain('3 人共投出 4 票。');
    // The deleted NPS poll is gone from the record too.
    expect(paragraphs.some((p) => p.includes('您会把我们推荐给朋友吗'))).toBe(false);
  });
});
