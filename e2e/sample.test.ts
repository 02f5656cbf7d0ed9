import { describe, it } from 'vitest';
import { countOf, textOf, useApp } from './harness.ts';

/** The first five minutes: an empty library offers the sample workshop, and one click shows a finished 成果1. */

const app = useApp();

describe('the sample workshop', () => {
  it('opens from the empty library with three posts whose weights are balanced', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: '打开示例工作坊' }).click();
    await page.getByRole('heading', { level: 1, name: '示例：栖梧酒店集团满意度标准工作坊' }).waitFor();
    const balanced = page.getByRole('button', { name: / 已平衡$/ });
    await countOf(balanced).toBe(3);
    await textOf(page.getByRole('region', { name: '有形度', exact: true })).toMatch(/指标权重合计\s*100\s*✓ 已平衡/);
    // The list shows it too, once.
    await page.getByRole('link', { name: '返回工作坊列表' }).first().click();
    await countOf(page.getByRole('link', { name: '打开 示例：栖梧酒店集团满意度标准工作坊' })).toBe(1);
  });
});
