import { describe, expect, it } from 'vitest';
import { addPost, createWorkshop, openPage, textOf, useApp } from './harness.ts';

/** What a visitor without the trainer's link gets, the page's Content-Security-Policy, and user text as text. */

const app = useApp();
const SECRET = '内部培训 机密客户';
const REFUSED = '主机拒绝了连接：连接未通过验证，请使用讲师提供的完整链接。';

describe('security', () => {
  it('refuses a page opened without the token and shows no workshop data', async () => {
    const trainer = await app.open();
    await createWorkshop(trainer.page, { name: SECRET, company: '机密公司' });
    const workshopPath = new URL(trainer.page.url()).hash;
    expect(workshopPath).toMatch(/^#\/w\/[\w-]+/);

    for (const url of [`${app.host.origin}/`, `${app.host.origin}/${workshopPath}`, `${app.host.origin}/#token=not-the-token`]) {
      const visitor = await openPage(app.browser, url);
      try {
        const { page } = visitor;
        await textOf(page.getByRole('alert').filter({ hasText: '主机拒绝了连接' })).toContain(REFUSED);
        expect(await page.getByText(SECRET).count()).toBe(0);
        expect(await page.getByText('机密公司').count()).toBe(0);
        expect(await page.getByRole('list', { name: '工作坊' }).count()).toBe(0);
        expect(await page.getByText('身份：讲师').count()).toBe(0);
        // The API says no as well (the page would send the token as a bearer header).
        const session = await page.request.get(`${app.host.origin}/api/session`);
        expect(session.status()).toBe(401);
        const exported = await page.request.get(`${app.host.origin}/api/workshops/${workshopPath.split('/')[2]}/export/standard`);
        expect(exported.status()).toBe(401);
      } finally {
        await visitor.context.close();
      }
    }
    // The trainer's window is unaffected, and the same requests with the trainer's token succeed.
    await trainer.page.getByRole('heading', { level: 1, name: SECRET }).waitFor();
    const token = await trainer.page.evaluate(() => sessionStorage.getItem('satisfy.token'));
    const headers = { authorization: `Bearer ${token}` };
    expect((await trainer.page.request.get(`${app.host.origin}/api/session`, { headers })).status()).toBe(200);
    const exported = await trainer.page.request.get(`${app.host.origin}/api/workshops/${workshopPath.split('/')[2]}/export/standard`, { headers });
    expect(exported.status()).toBe(200);
    expect(trainer.errors).toEqual([]);
  });

  it('serves the page with a strict Content-Security-Policy, and the app runs under it', async () => {
    const { page, errors, response } = await app.open();
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    // The token leaves the address bar once the page has it.
    await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
    expect(page.url()).not.toContain('token=');
    // Opening a workshop with the mind map and radar (canvas and chart code) raises no CSP violation.
    await page.getByRole('link', { name: `打开 ${SECRET}` }).click();
    await addPost(page, { template: '客服专员' });
    await page.getByRole('tab', { name: '思维导图' }).click();
    await page.getByRole('region', { name: '思维导图：岗位、维度与指标' }).locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: '雷达图' }).click();
    await page.getByRole('img', { name: '雷达图：各岗位五个维度的权重' }).locator('svg').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows markup typed as a name as literal text', async () => {
    const { page, errors } = await app.open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    const postName = '<script>alert(2)</script>岗位';
    await createWorkshop(page, { name, company: '<b>粗体公司</b>' });
    await textOf(page.getByRole('heading', { level: 1 })).toBe(name);
    await textOf(page.locator('.workshop-facts')).toContain('<b>粗体公司</b>');
    await addPost(page, { name: postName });
    await page.getByRole('button', { name: `${postName} 需调整` }).waitFor();
    await page.getByRole('tab', { name: '思维导图' }).click();
    // The mind map breaks long labels into lines; the node's text is still the name, character for character.
    await page.getByRole('region', { name: '思维导图：岗位、维度与指标' }).locator('.react-flow__node').filter({ hasText: postName }).waitFor();
    await page.getByRole('link', { name: '返回工作坊列表' }).click();
    await textOf(page.getByRole('list', { name: '工作坊' }).getByRole('heading', { name, exact: true })).toBe(name);

    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
