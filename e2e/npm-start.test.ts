import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { fallbackLine, findElectronBinary } from '../electron/launcher/electron-binary.ts';
import { HTTP } from '../shared/protocol/http.ts';
import { ROOT } from './harness.ts';

const binary = findElectronBinary(ROOT);

function withoutTestEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  return env;
}

/** True while any process of the group still exists (npm, its shell, the node launcher). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

// Where the Electron program is installed `npm start` opens a window, which this machine cannot show.
describe.skipIf(binary.found || process.platform === 'win32')('npm start where the Electron program is missing', () => {
  it('says why, serves the app and prints the trainer link; stopping it leaves no process behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'satisfy-npm-start-'));
    // Its own process group, so one signal reaches npm, the shell and the launcher, and the check below sees them all.
    const child = spawn('npm', ['start', '--', '--data', dataDir, '--demo'], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // As a person runs it: not with the test runner's NODE_ENV=test, which would build a development renderer.
      env: { ...withoutTestEnv(), BROWSER: 'none' },
    });
    const pgid = child.pid!;
    const lines: string[] = [];
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          lines.push(line);
          if (/^http:\/\/127\.0\.0\.1:\d+\/#token=/.test(line)) resolve(line);
        });
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a link:\n${lines.join('\n')}\n${stderr}`)));
      });
      expect(binary.found).toBe(false);
      if (!binary.found) expect(lines).toContain(fallbackLine(binary.why));
      expect(stderr).not.toMatch(/failed to install correctly/);

      const page = await fetch(new URL('/', url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token');
      // The link's launch code is traded for a trainer session, as the page does.
      const claimed = await fetch(new URL(HTTP.session, url), { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      const { token: sessionToken } = (await claimed.json()) as { token: string };
      const session = await fetch(new URL(HTTP.session, url), { headers: { authorization: `Bearer ${sessionToken}` } });
      expect(session.status).toBe(200);
    } finally {
      if (groupAlive(pgid)) process.kill(-pgid, 'SIGTERM');
      const gone = await waitFor(() => !groupAlive(pgid), 10_000);
      if (!gone) process.kill(-pgid, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      expect(gone, 'npm start left processes behind after SIGTERM').toBe(true);
    }
  });
});
