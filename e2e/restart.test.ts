import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { addPost, createWorkshop, launchBrowser, openPage, startHost, textOf, valueOf, type RunningHost } from './harness.ts';

/** A restart of the host (a crash, an update, the desktop shell restarting it) must not cost anyone their work. */

const portOf = (host: RunningHost): number => Number(new URL(host.origin).port);

describe('when the host restarts', () => {
  let browser: Browser;
  const hosts: RunningHost[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    // The last host of each test owns its data folder; the earlier ones were halted already.
    for (const host of hosts) await host.stop();
  });

  it('an open page gets back in by itself, and what was typed while the host was away is saved', async () => {
    const first = await startHost();
    const { page } = await openPage(browser, first.url);
    await createWorkshop(page, { name: '重启演练' });
    await addPost(page, { name: '前台接待' });
    const description = page.getByLabel('岗位描述', { exact: true });

    await first.halt();
    await textOf(page.getByRole('status').filter({ hasText: '已离线' })).toContain('已离线');
    await description.fill('主机不在时写下的描述');
    await description.blur();
    await textOf(page.getByRole('status').filter({ hasText: '等待发送' })).toContain('1 项修改等待发送');

    const second = await startHost({ dataDir: first.dataDir, port: portOf(first) });
    hosts.push(second);
    // No new link: the tab's session outlives the restart, and the waiting edit goes out.
    await textOf(page.locator('.saving-line')).toBe('');
    const fresh = await openPage(browser, second.url);
    await fresh.page.getByRole('link', { name: '打开 重启演练' }).click();
    await valueOf(fresh.page.getByLabel('岗位描述', { exact: true })).toBe('主机不在时写下的描述');
  });

  it('edits left unsent when the tab was closed are sent by the next page of that browser', async () => {
    const first = await startHost();
    const opened = await openPage(browser, first.url);
    const { page, context } = opened;
    await createWorkshop(page, { name: '关页演练' });
    await addPost(page, { name: '客房服务' });

    await first.halt();
    await textOf(page.getByRole('status').filter({ hasText: '已离线' })).toContain('已离线');
    const description = page.getByLabel('岗位描述', { exact: true });
    await description.fill('关页前没发出去的描述');
    await description.blur();
    await textOf(page.getByRole('status').filter({ hasText: '等待发送' })).toContain('1 项修改等待发送');
    await page.close();

    const second = await startHost({ dataDir: first.dataDir, port: portOf(first) });
    hosts.push(second);
    // Same browser profile (context), new tab, opened with the new link: the edit comes back from IndexedDB.
    const again = await context.newPage();
    await again.goto(second.url);
    await again.getByRole('link', { name: '打开 关页演练' }).click();
    await valueOf(again.getByLabel('岗位描述', { exact: true })).toBe('关页前没发出去的描述');
    const fresh = await openPage(browser, second.url);
    await fresh.page.getByRole('link', { name: '打开 关页演练' }).click();
    await valueOf(fresh.page.getByLabel('岗位描述', { exact: true })).toBe('关页前没发出去的描述');
  });
});
