import { newId } from '../shared/domain/ids.ts';
import { claimSession, startTestHost, tempDir, testClient, until } from '../electron/host/testing/fixtures.ts';
import { createWorkshop } from '../electron/host/testing/sample-ops.ts';
import { launchBrowser, startHost, UI_TIMEOUT } from '../e2e/harness.ts';
import { bigJourney } from './journey-fixture.ts';
import { ms, percentile, ratio } from './stats.ts';
import { isAck, WsPeer } from './ws-peer.ts';

/**
 * 成果2 at scale. (1) Chromium: time from opening the journey screen to all cards drawn, for a 300-card map against
 * a map with its five stages and no cards, in the same run (host as `npm run serve` runs it; needs `npx vite build`).
 * (2) Op round trip (card.update → ack) on the 300-card map while 10 other clients edit it (moves and edits at
 * 10 ops/s each, all watching the workshop), against the same probe with nobody else editing.
 * Run: npm run bench:journey
 */
const CARDS = Number(process.env.CARDS ?? 300);
const RENDERS = Number(process.env.RENDERS ?? 5);
const PROBES = Number(process.env.PROBES ?? 300);
const PROBE_GAP_MS = 25;
const EDITORS = 10;
const EDITOR_OPS_PER_SECOND = 10;

/**
 * Runs in the page, as plain source (the bundler's helpers do not exist there): opens the journey screen, picks the
 * map, and resolves with the time until the frame after all its stages and cards are in the DOM.
 */
const OPEN_AND_TIME = `async ({ hash, index, cards }) => {
  const start = performance.now();
  window.location.hash = hash;
  const button = await new Promise((resolve) => {
    const find = () => {
      const b = document.querySelectorAll('.artifact-bar .btn[aria-pressed]')[index];
      if (b) resolve(b); else requestAnimationFrame(find);
    };
    find();
  });
  button.click();
  await new Promise((resolve) => {
    const check = () =>
      document.querySelectorAll('.react-flow__node-stage').length === 5 && document.querySelectorAll('.react-flow__node-mot').length === cards
        ? resolve() : requestAnimationFrame(check);
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

async function renderTimes(): Promise<{ empty: number[]; full: number[] }> {
  const host = await startHost();
  const browser = await launchBrowser();
  const sender = testClient(host.origin, await claimSession(host.origin, new URL(host.url).hash.split('=')[1]!), 'sender');
  try {
    const workshopId = newId();
    sender.submit(createWorkshop(workshopId, '大旅程'));
    const full = bigJourney(workshopId, CARDS);
    const empty = bigJourney(workshopId, 0);
    for (const ops of [...empty.batches.filter((b) => b.length), ...full.batches]) sender.submit({ type: 'batch', payload: { workshopId, ops } });
    await until(sender, () => sender.status === 'online' && sender.pending === 0, 30_000);
    if (sender.notices.length) throw new Error(`set-up refused: ${JSON.stringify(sender.notices)}`);

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
    // Map buttons in creation order: the empty map first.
    const open = async (index: number, cards: number): Promise<number> => {
      await page.evaluate((hash) => (window.location.hash = hash), '#/');
      await page.getByRole('heading', { name: '工作坊列表' }).waitFor();
      return page.evaluate(`(${OPEN_AND_TIME})(${JSON.stringify({ hash: `#/w/${workshopId}/journey`, index, cards })})`) as Promise<number>;
    };
    const times = { empty: [] as number[], full: [] as number[] };
    await open(0, 0); // warm-up: loads the canvas and chart chunks
    await open(1, CARDS);
    for (let i = 0; i < RENDERS; i++) {
      times.empty.push(await open(0, 0));
      times.full.push(await open(1, CARDS));
    }
    await context.close();
    return times;
  } finally {
    sender.close();
    await browser.close();
    await host.stop();
  }
}

async function roundTrips(): Promise<{ idle: number[]; busy: number[]; editorOps: number }> {
  const dir = tempDir('satisfy-bench-journey-');
  const host = await startTestHost(dir.dir);
  const probe = await WsPeer.open(host.origin, host.token);
  const editors = await Promise.all(Array.from({ length: EDITORS }, () => WsPeer.open(host.origin, host.token)));
  try {
    const workshopId = newId();
    await probe.commit(createWorkshop(workshopId, '大旅程'));
    const map = bigJourney(workshopId, CARDS);
    for (const ops of map.batches) await probe.commit({ type: 'batch', payload: { workshopId, ops } });
    for (const p of [probe, ...editors]) await p.watch(workshopId);
    const probeCard = map.cardIds[0];

    // Paced, so the busy phase lasts long enough (PROBES × PROBE_GAP_MS) for the editors' load to be steady.
    const measure = async (count: number): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
        const start = performance.now();
        const acked = probe.next(isAck);
        probe.sendOp({ type: 'card.update', payload: { workshopId, cardId: probeCard, patch: { script: `第 ${i} 次` } } });
        await acked;
        times.push(performance.now() - start);
      }
      return times;
    };

    await measure(50); // warm-up
    const idle = await measure(PROBES);
    let editorOps = 0;
    const timers = editors.map((peer, n) =>
      setInterval(() => {
        const cardId = map.cardIds[1 + ((editorOps * 7 + n) % (map.cardIds.length - 1))];
        editorOps++;
        if (editorOps % 2)
          peer.sendOp({ type: 'card.update', payload: { workshopId, cardId, patch: { wow: `第 ${editorOps} 个感动点`, emotion: (editorOps % 7) - 3 } } });
        else peer.sendOp({ type: 'card.move', payload: { workshopId, cardId, stageId: map.stageIds[editorOps % 5], order: `a${editorOps % 9}` } });
      }, 1000 / EDITOR_OPS_PER_SECOND),
    );
    const busy = await measure(PROBES);
    timers.forEach(clearInterval);
    return { idle, busy, editorOps };
  } finally {
    for (const p of [probe, ...editors]) p.close();
    await host.close();
    dir.remove();
  }
}

const render = await renderTimes();
const trips = await roundTrips();
const med = (v: number[]) => percentile(v, 50);
console.log(`initial render, ${RENDERS} runs each (median):`);
console.log(`  journey screen, 5 stages, no cards   ${ms(med(render.empty))}`);
console.log(`  journey screen, ${CARDS} cards, ${CARDS - 1} arrows  ${ms(med(render.full))}   ${ratio(med(render.full), med(render.empty))}`);
console.log(`op round trip on the ${CARDS}-card map (card.update → ack), ${PROBES} probes:`);
console.log(`  nobody else editing            p50 ${ms(percentile(trips.idle, 50))}  p95 ${ms(percentile(trips.idle, 95))}`);
console.log(
  `  ${EDITORS} clients editing (${EDITORS * EDITOR_OPS_PER_SECOND} ops/s, ${trips.editorOps} ops)  p50 ${ms(percentile(trips.busy, 50))}  p95 ${ms(percentile(trips.busy, 95))}` +
    `   ${ratio(percentile(trips.busy, 50), percentile(trips.idle, 50))} / ${ratio(percentile(trips.busy, 95), percentile(trips.idle, 95))}`,
);
