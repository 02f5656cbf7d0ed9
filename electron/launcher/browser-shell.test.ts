import { describe, expect, it } from 'vitest';
import { HTTP } from '../../shared/protocol/http.ts';
import { tempDir } from '../host/testing/temp-dir.ts';
import { serveInBrowser } from './browser-shell.ts';
import { fallbackLine } from './electron-binary.ts';

describe('npm start without the Electron program', () => {
  it('says why in one line, serves the app, prints a working trainer link and opens it', async () => {
    const data = tempDir('satisfy-fallback-');
    const printed: string[] = [];
    const opened: string[] = [];
    const host = await serveInBrowser('notDownloaded', ['--data', data.dir, '--static', data.dir], {
      print: (line) => printed.push(line),
      open: (url) => opened.push(url),
    });
    try {
      expect(printed).toEqual([fallbackLine('notDownloaded'), host.url]);
      expect(opened).toEqual([host.url]);
      const url = new URL(printed[1]);
      expect(url.hostname).toBe('127.0.0.1');
      const token = new URLSearchParams(url.hash.slice(1)).get('token');
      // The link's launch code is traded for a trainer session, as the page does.
      const claimed = await fetch(new URL(HTTP.session, url), { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      const { token: sessionToken } = (await claimed.json()) as { token: string };
      const session = await fetch(new URL(HTTP.session, url), { headers: { authorization: `Bearer ${sessionToken}` } });
      expect(session.status).toBe(200);
      expect(await session.json()).toMatchObject({ role: 'trainer' });
    } finally {
      await host.close();
      data.remove();
    }
  });
});
