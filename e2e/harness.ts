import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/**
 * Shared set-up for the browser tests: the real host as a child process (exactly as `npm run serve` starts it),
 * Debian's Chromium through playwright-core, and a few user-level steps several tests need.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INDEX_HTML = join(ROOT, 'dist', 'renderer', 'index.html');

export interface RunningHost {
  /** The trainer's link, `http://127.0.0.1:PORT/#token=…`. */
  url: string;
  /** `http://127.0.0.1:PORT`, without the token. */
  origin: string;
  dataDir: string;
  /** The host's process, for benches that read its memory. */
  pid: number;
  /** What the host wrote to stderr so far (shown when something goes wrong). */
  stderr(): string;
  stop(): Promise<void>;
  /** Stops the host but keeps its data folder (a crash or a restart of the desktop shell). */
  halt(): Promise<void>;
}

/**
 * Starts `electron/host/cli.ts` on a fresh temp data folder and a free port (or on a given folder and port, to play a
 * restart of the host); resolves with the printed link.
 */
export async function startHost(
  reuse?: { dataDir: string; port: number },
  options: { classroomAddresses?: string[]; demo?: boolean } = {},
): Promise<RunningHost> {
  if (!existsSync(INDEX_HTML)) {
    throw new Error(`The renderer is not built (${INDEX_HTML} is missing). Run \`npx vite build\` before the e2e tests.`);
  }
  const dataDir = reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'satisfy-e2e-'));
  const port = String(reuse?.port ?? 0);
  const classroom = (options.classroomAddresses ?? []).flatMap((address) => ['--classroom-address', address]);
  const demo = options.demo ? ['--demo'] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--data', dataDir, '--port', port, ...classroom, ...demo], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errText = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    errText += chunk;
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let url: string;
  try {
    url = await new Promise<string>((done, fail) => {
      createInterface({ input: child.stdout! }).once('line', (line) => done(line.trim()));
      child.once('exit', (code) => fail(new Error(`the host exited (code ${code}) before printing its link:\n${errText}`)));
      child.once('error', fail);
    });
    if (!/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+$/.test(url)) throw new Error(`unexpected first line from the host: ${url}`);
  } catch (error) {
    await stopChild(child, exited);
    if (!reuse) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    pid: child.pid!,
    stderr: () => errText,
    stop: async () => {
      await stopChild(child, exited);
      rmSync(dataDir, { recursive: true, force: true });
    },
    halt: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // The host closes its database and exits on SIGTERM; a stuck host is not left behind.
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}

/** How long the UI may take to reach a state we wait for (generous: CI machines are slow, nothing is timed). */
export const UI_TIMEOUT = 20_000;

const why = (error: unknown): string => `«${error instanceof Error ? error.message.split('\n')[0] : String(error)}»`;

/** Retries until the visible text of `locator` passes the assertion; on failure vitest shows the last text seen. */
export const textOf = (locator: Locator) =>
  expect.poll(() => locator.innerText({ timeout: 1_000 }).catch(why), { timeout: UI_TIMEOUT, interval: 100 });

/** The same for the current value of a field. */
export const valueOf = (locator: Locator) =>
  expect.poll(() => locator.inputValue({ timeout: 1_000 }).catch(why), { timeout: UI_TIMEOUT, interval: 100 });

/** The same for how many elements match. */
export const countOf = (locator: Locator) => expect.poll(() => locator.count(), { timeout: UI_TIMEOUT, interval: 100 });

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors (a CSP violation shows up here), for assertions. */
  errors: string[];
  /** The response to the first navigation (its headers are the page's). */
  response: Response | null;
}

/** A fresh browser context ("window") on `url`, with the page's errors collected. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  // A step that cannot happen fails in seconds, not at the test's 120 s limit.
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const response = await page.goto(url);
  return { context, page, errors, response };
}

export interface App {
  readonly host: RunningHost;
  readonly browser: Browser;
  /** Opens the trainer's link in a new context and waits for the library. */
  open(): Promise<OpenedPage>;
}

/** Registers beforeAll/afterAll for one test file: one host, one browser; everything is cleaned up afterwards. */
export function useApp(): App {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    host = await startHost();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await host?.stop();
    // Whatever the host complained about (failed requests, refused ops) helps explain a failure.
    const log = host?.stderr().trim();
    if (log) console.warn(`host stderr:\n${log}`);
  });
  return {
    get host() {
      if (!host) throw new Error('host not started');
      return host;
    },
    get browser() {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
    async open() {
      const opened = await openPage(this.browser, this.host.url);
      contexts.push(opened.context);
      await opened.page.getByRole('heading', { name: '工作坊列表' }).waitFor();
      // Connected and the list arrived: acting earlier races the page's first render of the library.
      await opened.page.getByText('正在加载工作坊列表…').waitFor({ state: 'hidden' });
      return opened;
    },
  };
}

export interface WorkshopInput {
  name: string;
  company?: string;
  trainer?: string;
  /** yyyy-mm-dd */
  startDate?: string;
  endDate?: string;
}

/** Fills the "新建工作坊" dialog and creates the workshop; the app then opens it. */
export async function createWorkshop(page: Page, input: WorkshopInput): Promise<void> {
  await page.getByRole('button', { name: '新建工作坊' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工作坊' });
  await dialog.getByLabel('工作坊名称', { exact: true }).fill(input.name);
  if (input.company) await dialog.getByLabel('公司', { exact: true }).fill(input.company);
  if (input.trainer) await dialog.getByLabel('讲师', { exact: true }).fill(input.trainer);
  if (input.startDate) await dialog.getByLabel('开始日期', { exact: true }).fill(input.startDate);
  if (input.endDate) await dialog.getByLabel('结束日期', { exact: true }).fill(input.endDate);
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.getByRole('heading', { level: 1, name: input.name }).waitFor();
}

/** Adds a post from one of the example posts ("前台接待", "客服专员", "维修工程师") or by name. */
export async function addPost(page: Page, post: { template: string } | { name: string; description?: string }): Promise<void> {
  await page.getByRole('button', { name: '添加岗位' }).click();
  const dialog = page.getByRole('dialog', { name: '添加服务岗位' });
  if ('template' in post) {
    await dialog.getByRole('button', { name: `使用「${post.template}」` }).click();
  } else {
    await dialog.getByLabel('岗位名称', { exact: true }).fill(post.name);
    if (post.description) await dialog.getByLabel('岗位描述', { exact: true }).fill(post.description);
  }
  await dialog.getByRole('button', { name: '添加' }).click();
  await dialog.waitFor({ state: 'detached' });
}
