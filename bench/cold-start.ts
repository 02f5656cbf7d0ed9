import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';
import { tempDir } from '../electron/host/testing/temp-dir.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { ms, percentile, ratio } from './stats.ts';

/**
 * Cold start of `npm run serve` (the built renderer already on disk) to the library's first paint in Chromium,
 * against a bare Node HTTP server serving one HTML page, measured the same way in the same run.
 * Run: npm run build:renderer && npm run bench:start
 */
const RUNS = Number(process.env.RUNS ?? 5);

const BARE_SERVER = `require('node:http').createServer((q, s) => s.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><h1>满意度工作坊</h1>'))
  .listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port + '/'); });`;

async function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

async function coldStart(browser: Browser, command: string[], ready: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, command, { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await firstLine(child);
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    const elapsed = performance.now() - start;
    await page.close();
    return elapsed;
  } finally {
    child.kill('SIGTERM');
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const bare: number[] = [];
const app: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(await coldStart(browser, ['-e', BARE_SERVER], '满意度工作坊'));
  const data = tempDir('satisfy-bench-start-');
  app.push(await coldStart(browser, ['--import', 'tsx', 'electron/host/cli.ts', '--data', data.dir, '--port', '0'], '工作坊列表'));
  data.remove();
}
await browser.close();
const b = percentile(bare, 50);
const a = percentile(app, 50);
console.log(`runs: ${RUNS}`);
console.log(`bare Node page, spawn → heading painted  median ${ms(b)}`);
console.log(`npm run serve, spawn → library painted   median ${ms(a)}  (${ratio(a, b)} baseline)`);
