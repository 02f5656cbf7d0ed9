import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addPost, countOf, createWorkshop, textOf, UI_TIMEOUT, useApp, valueOf } from './harness.ts';

/** The workshop library: create, rename, duplicate, delete; the create form's checks; the interface language. */

const app = useApp();

const cards = (page: Page) => page.getByRole('list', { name: '工作坊' }).getByRole('listitem');
const cardTitle = (page: Page, name: string) => page.getByRole('list', { name: '工作坊' }).getByRole('heading', { name, exact: true });
const backToLibrary = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: '返回工作坊列表' }).click();
  await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
};

describe('workshop library', () => {
  it('creates, renames, duplicates with its posts, and deletes only after confirmation', async () => {
    const { page, errors } = await app.open();
    await createWorkshop(page, { name: '春季培训', company: '示例物业', trainer: '王芳' });
    await addPost(page, { template: '前台接待' });
    await page.getByRole('button', { name: '有形度的建议指标' }).click();
    await page.getByRole('button', { name: '插入 着装与工牌规范' }).click();
    await page.getByRole('row', { name: '指标 1：着装与工牌规范' }).waitFor();
    await backToLibrary(page);
    await cardTitle(page, '春季培训').waitFor();
    await textOf(page.getByText(/^共 \d+ 个工作坊$/)).toBe('共 1 个工作坊');

    // Rename.
    await page.getByRole('button', { name: '重命名 春季培训' }).click();
    const rename = page.getByRole('dialog', { name: '重命名工作坊' });
    await valueOf(rename.getByLabel('新名称', { exact: true })).toBe('春季培训');
    await rename.getByLabel('新名称', { exact: true }).fill('2025 春季满意度培训');
    await rename.getByRole('button', { name: '保存' }).click();
    await cardTitle(page, '2025 春季满意度培训').waitFor();
    await countOf(cardTitle(page, '春季培训')).toBe(0);

    // Duplicate: a second workshop with the same posts and indicators.
    await page.getByRole('button', { name: '复制 2025 春季满意度培训' }).click();
    const duplicate = page.getByRole('dialog', { name: '复制工作坊' });
    await valueOf(duplicate.getByLabel('新名称', { exact: true })).toBe('2025 春季满意度培训 副本');
    await duplicate.getByLabel('新名称', { exact: true }).fill('秋季培训');
    await duplicate.getByRole('button', { name: '复制' }).click();
    await cardTitle(page, '秋季培训').waitFor();
    await countOf(cards(page)).toBe(2);
    await page.getByRole('link', { name: '打开 秋季培训' }).click();
    await page.getByRole('heading', { level: 1, name: '秋季培训' }).waitFor();
    await textOf(page.locator('.workshop-facts')).toContain('示例物业');
    await page.getByRole('button', { name: /^前台接待 (已平衡|需调整)$/ }).waitFor();
    await page.getByRole('row', { name: '指标 1：着装与工牌规范' }).waitFor();
    await backToLibrary(page);

    // Delete asks first: Cancel keeps the workshop, Delete removes it.
    await page.getByRole('button', { name: '删除 秋季培训' }).click();
    const confirm = page.getByRole('dialog', { name: '删除工作坊' });
    await textOf(confirm).toContain('确定删除「秋季培训」吗？');
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'detached' });
    await cardTitle(page, '秋季培训').waitFor();
    await countOf(cards(page)).toBe(2);
    await page.getByRole('button', { name: '删除 秋季培训' }).click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await countOf(cardTitle(page, '秋季培训')).toBe(0);
    await countOf(cards(page)).toBe(1);

    // All of it is on the host: a reload shows the same library.
    await page.reload();
    await cardTitle(page, '2025 春季满意度培训').waitFor();
    await countOf(cards(page)).toBe(1);
    expect(await cardTitle(page, '秋季培训').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows what is wrong in the form inline and creates nothing', async () => {
    const { page, errors } = await app.open();
    await countOf(cards(page)).toBe(1);
    await page.getByRole('button', { name: '新建工作坊' }).click();
    const form = page.getByRole('dialog', { name: '新建工作坊' });
    const name = form.getByLabel('工作坊名称', { exact: true });
    await form.getByLabel('公司', { exact: true }).fill('示例公司');
    await name.fill('   ');
    await form.getByRole('button', { name: '创建' }).click();
    await textOf(form.getByRole('alert').filter({ hasText: '不能为空' })).toContain('不能为空');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // The first invalid field takes the focus.
    await expect.poll(() => name.evaluate((el) => el === document.activeElement), { timeout: UI_TIMEOUT }).toBe(true);
    // A course cannot end before it starts.
    await name.fill('夏季培训');
    await form.getByLabel('开始日期', { exact: true }).fill('2025-06-10');
    await form.getByLabel('结束日期', { exact: true }).fill('2025-06-09');
    await form.getByRole('button', { name: '创建' }).click();
    await textOf(form.getByRole('alert').filter({ hasText: '结束日期' })).toContain('结束日期不能早于开始日期');
    expect(await form.getByText('不能为空').count()).toBe(0);
    expect(await form.isVisible()).toBe(true);
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
    // Nothing was created, not even after a reload.
    await page.reload();
    await countOf(cards(page)).toBe(1);
    expect(await cardTitle(page, '夏季培训').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('switches the interface to English, remembers it, and switches back', async () => {
    const { page, errors } = await app.open();
    const languages = page.getByRole('group', { name: '界面语言' });
    expect(await languages.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    await languages.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New workshop' }).waitFor();
    await page.getByRole('button', { name: 'Rename 2025 春季满意度培训' }).waitFor();
    expect(await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('工作坊列表').count()).toBe(0);
    // Workshop content keeps its own words; the interface around it is English.
    await page.getByRole('link', { name: 'Open 2025 春季满意度培训' }).click();
    await page.getByRole('link', { name: 'Back to workshops' }).waitFor();
    await page.getByRole('button', { name: /^前台接待 / }).waitFor();
    // Remembered by this browser.
    await page.reload();
    await page.getByRole('link', { name: 'Back to workshops' }).waitFor();
    await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '返回工作坊列表' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
  });
});
