import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, ROOT, startHost, UI_TIMEOUT } from '../e2e/harness.ts';

/**
 * A class over time, in Chromium against the real host (run as `npm run serve` runs it, with the sample workshop): the
 * trainer's window and three phones in the open classroom sit idle for MINUTES (default 10). Every minute: how many
 * sockets each page has opened so far, whether any page says it is offline, and the host's memory. Then an edit after
 * the idle; a phone whose socket goes silent without closing (out of the Wi-Fi's reach) is woken and must get back in
 * and deliver what was typed meanwhile; the trainer exports 成果1 while a phone types. A report of this run, not a
 * pass/fail test. Needs `npx vite build` first. Run: npm run bench:soak [-- --minutes N]
 */
const minutesArg = process.argv.indexOf('--minutes');
const MINUTES = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 10;
const LAN = '127.0.0.2';

const started = Date.now();
const lines: string[] = [];
const note = (text: string) => {
  const line = `- ${((Date.now() - started) / 1000).toFixed(0)} s: ${text}`;
  lines.push(line);
  console.log(line);
};
const rssMb = (pid: number) => Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString()) / 1024);

interface Tracked {
  name: string;
  page: Page;
  sockets: number;
}

async function tracked(browser: Browser, name: string, phone: boolean, silence?: () => boolean): Promise<Tracked> {
  const context = await browser.newContext(phone ? { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { locale: 'zh-CN', viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  const t: Tracked = { name, page, sockets: 0 };
  page.on('pageerror', (error) => note(`${name}: page error ${error.message}`));
  if (silence) {
    // This phone's first socket can be made to go silent both ways, as when its owner walks out of the Wi-Fi.
    await page.routeWebSocket(/\/ws$/, (ws) => {
      const mine = ++t.sockets;
      const server = ws.connectToServer();
      ws.onMessage((m) => (mine === 1 && silence() ? undefined : server.send(m)));
      server.onMessage((m) => (mine === 1 && silence() ? undefined : ws.send(m)));
    });
  } else page.on('websocket', () => t.sockets++);
  return t;
}

const host = await startHost(undefined, { classroomAddresses: [LAN], demo: true });
const browser = await launchBrowser();
try {
  const trainer = await tracked(browser, 'trainer', false);
  const page = trainer.page;
  await page.goto(host.url);
  await page.getByRole('link').filter({ hasText: '栖梧' }).first().click();
  await page.getByRole('link', { name: /^课堂 / }).click();
  await page.getByRole('button', { name: '打开课堂' }).click();
  const joinUrl = (await page.getByTestId('join-address').innerText()).trim();
  const code = (await page.getByTestId('join-code').innerText()).trim().replace(' ', '');

  let silent = false;
  const phones: Tracked[] = [];
  for (const name of ['王芳', '李雷', '赵敏']) {
    const phone = await tracked(browser, name, true, name === '赵敏' ? () => silent : undefined);
    await phone.page.goto(`${joinUrl}#code=${code}`);
    await phone.page.getByLabel('你的名字').fill(name);
    await phone.page.getByRole('button', { name: '加入', exact: true }).click();
    await phone.page.getByRole('button', { name: '我们的成果' }).click();
    await phone.page.getByRole('button', { name: '成果1 考核标准' }).click();
    await phone.page.getByLabel('指标名称').first().waitFor();
    phones.push(phone);
  }
  await page.getByRole('link', { name: /^成果1/ }).click();
  const everyone = [trainer, ...phones];
  const sockets = () => everyone.map((p) => `${p.name} ${p.sockets}`).join(', ');
  note(`joined: sockets opened ${sockets()}; host rss ${rssMb(host.pid)} MB`);

  for (let m = 1; m <= MINUTES; m++) {
    await page.waitForTimeout(60_000);
    const offline = await Promise.all(everyone.map((p) => p.page.locator('.banner-warn, .banner-error').count()));
    note(`idle ${m} min: sockets opened ${sockets()}; pages saying offline ${offline.reduce((a, b) => a + b, 0)}; host rss ${rssMb(host.pid)} MB`);
  }

  const first = phones[0]!.page.getByLabel('指标名称').first();
  const after = `${await first.inputValue()}（午后）`;
  let t = Date.now();
  await first.fill(after);
  await first.press('Enter');
  await page.getByText(after).first().waitFor();
  note(`an edit after the idle reached the trainer in ${Date.now() - t} ms`);

  const zhao = phones[2]!;
  silent = true;
  const field = zhao.page.getByLabel('指标名称').nth(1);
  const typed = `${await field.inputValue()}（走廊里改）`;
  await field.fill(typed);
  await field.press('Enter');
  await zhao.page.waitForTimeout(30_000);
  t = Date.now();
  await zhao.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.getByText(typed).first().waitFor({ timeout: 30_000 });
  note(`a phone silent for 30 s was shown again: its edit reached the trainer ${Date.now() - t} ms later (sockets opened ${zhao.sockets})`);

  const li = phones[1]!.page.getByLabel('描述').first();
  const typing = (async () => {
    for (let i = 0; i < 20; i++) {
      await li.fill(`导出时在写 ${i}`);
      await li.press('Control+Enter');
      await phones[1]!.page.waitForTimeout(200);
    }
  })();
  t = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Word/ }).first().click()]);
  await download.path();
  note(`成果1 exported in ${Date.now() - t} ms while a phone typed`);
  await typing;
  t = Date.now();
  await page.getByText('导出时在写 19').first().waitFor();
  note(`the phone's last edit during the export was on the trainer's screen ${Date.now() - t} ms after the typing ended`);
  note(`end: sockets opened ${sockets()}; host rss ${rssMb(host.pid)} MB`);

  const report = `# Classroom over time: ${MINUTES} idle minutes, then use\n\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench:soak -- --minutes ${MINUTES}\`, Chromium, the host as \`npm run serve\` runs it.\n\n${lines.join('\n')}\n`;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'classroom-soak.md'), report);
} finally {
  await browser.close();
  await host.stop();
}
