import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import { newId } from '../shared/domain/ids.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import { claimSession, testClient, until } from '../electron/host/testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from '../electron/host/testing/sample-ops.ts';
import { launchBrowser, startHost, UI_TIMEOUT } from '../e2e/harness.ts';
import { addKeyProbe, takeLatencies, typeKeys } from './key-probe.ts';
import { ms, percentile, ratio } from './stats.ts';

/**
 * Typing latency in Chromium: key to next frame while typing into an indicator's description of a post with 30
 * indicators, while another client sends 20 ops/s to the same post (other indicators' weights and names, dimension
 * weights); against a bare textarea on a blank page in the same run, and the same field with nobody else editing.
 * The host runs as `npm run serve` runs it.
 * Needs `npx vite build` first. Run: npm run bench:typing
 */
const KEYS = Number(process.env.KEYS ?? 300);
const OPS_PER_SECOND = Number(process.env.OPS_PER_SECOND ?? 20);
const PER_DIMENSION = 6;

const host = await startHost();
const browser = await launchBrowser();
const sender = testClient(host.origin, await claimSession(host.origin, new URL(host.url).hash.split('=')[1]!), 'sender');
try {
  // The workshop: one post, six indicators under each of the five dimensions.
  const workshopId = newId();
  const postId = newId();
  const indicatorIds: string[] = [];
  sender.submit(createWorkshop(workshopId, '打字延迟测量'));
  sender.submit(addPost(workshopId, postId));
  for (const dimension of DIMENSIONS) {
    for (let i = 0; i < PER_DIMENSION; i++) {
      const id = newId();
      indicatorIds.push(id);
      sender.submit(addIndicator(workshopId, postId, dimension, `${dimension} ${i + 1}`, Math.floor(100 / PER_DIMENSION), id));
    }
  }
  await until(sender, () => sender.status === 'online' && sender.pending === 0, 20_000);
  if (sender.notices.length) throw new Error(`set-up refused: ${JSON.stringify(sender.notices)}`);

  // Baseline: the same keys into a bare textarea.
  const bare = await browser.newContext();
  const barePage = await bare.newPage();
  await barePage.setContent('<textarea aria-label="bare" rows="2" cols="60"></textarea>');
  await addKeyProbe(barePage);
  await barePage.getByLabel('bare').click();
  await typeKeys(barePage, 20); // warm-up
  await takeLatencies(barePage);
  await typeKeys(barePage, KEYS);
  const bareTimes = await takeLatencies(barePage);
  await bare.close();

  // The app, on the standard's table.
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
  await page.evaluate((hash) => (window.location.hash = hash), `#/w/${workshopId}/standard`);
  // The description lives in the side panel of the grid's active row: select the row, then type there.
  await page.locator(`[data-indicator-id="${indicatorIds[0]}"] .cell-name`).click();
  const target = page.locator('.indicator-panel').getByLabel('指标描述', { exact: true });
  await target.click();
  await addKeyProbe(page);

  await typeKeys(page, 20); // warm-up
  await takeLatencies(page);
  await typeKeys(page, KEYS);
  const quietTimes = await takeLatencies(page);

  // The other client: 20 ops/s to the same post, never to the indicator being typed in.
  const others = indicatorIds.slice(1);
  let sent = 0;
  const nextOp = (n: number): OpInput => {
    const indicatorId = others[n % others.length]!;
    if (n % 3 === 0) return { type: 'indicator.update', payload: { workshopId, indicatorId, patch: { weight: (n % 40) + 1 } } };
    if (n % 3 === 1) return { type: 'indicator.update', payload: { workshopId, indicatorId, patch: { name: `指标 ${n}` } } };
    return { type: 'dimension.setWeight', payload: { workshopId, postId, dimension: DIMENSIONS[n % 5]!, weight: n % 50 } };
  };
  const ticker = setInterval(() => sender.submit(nextOp(sent++)), 1000 / OPS_PER_SECOND);

  await takeLatencies(page);
  const started = performance.now();
  const sentBefore = sent;
  await typeKeys(page, KEYS);
  const seconds = (performance.now() - started) / 1000;
  const appTimes = await takeLatencies(page);
  clearInterval(ticker);
  await until(sender, () => sender.pending === 0, 20_000);
  await context.close();
  if (sender.notices.length) throw new Error(`ops refused: ${JSON.stringify(sender.notices)}`);

  const b50 = percentile(bareTimes, 50);
  const b95 = percentile(bareTimes, 95);
  const q50 = percentile(quietTimes, 50);
  const q95 = percentile(quietTimes, 95);
  const a50 = percentile(appTimes, 50);
  const a95 = percentile(appTimes, 95);
  console.log(`keys: ${KEYS} per page; ops from the other client during typing: ${((sent - sentBefore) / seconds).toFixed(1)}/s`);
  console.log(`bare textarea (baseline)         p50 ${ms(b50)}  p95 ${ms(b95)}  (${bareTimes.length} keys)`);
  console.log(`description, nobody else editing p50 ${ms(q50)}  p95 ${ms(q95)}  (${quietTimes.length} keys; ratio p95 ${ratio(q95, b95)})`);
  console.log(`description, 20 ops/s to post   p50 ${ms(a50)}  p95 ${ms(a95)}  (${appTimes.length} keys)`);
  console.log(`under ops, ratio to bare         p50 ${ratio(a50, b50)}  p95 ${ratio(a95, b95)}`);
} finally {
  sender.close();
  await browser.close();
  await host.stop();
}
