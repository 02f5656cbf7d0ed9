import { describe, expect, it } from 'vitest';
import { tempDir } from '../host/testing/temp-dir.ts';
import { browserCommand, openBrowser } from './open-browser.ts';

const URL_ = 'http://127.0.0.1:4321/#token=abc_DEF-123';

describe('opening the trainer link in the system browser', () => {
  it('uses the system opener on each platform', () => {
    expect(browserCommand(URL_, 'darwin', {})).toEqual({ command: 'open', args: [URL_] });
    expect(browserCommand(URL_, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [URL_] });
    expect(browserCommand(URL_, 'freebsd', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [URL_] });
    const windows = browserCommand(URL_, 'win32', {});
    expect(windows?.command).toBe('cmd.exe');
    expect(windows?.args.at(-1)).toBe(`start "" "${URL_}"`);
  });

  it('opens nothing on a headless box or when BROWSER=none', () => {
    expect(browserCommand(URL_, 'linux', {})).toBeNull();
    for (const platform of ['linux', 'darwin', 'win32'] as const) expect(browserCommand(URL_, platform, { BROWSER: 'none', DISPLAY: ':0' })).toBeNull();
    expect(openBrowser(URL_, 'linux', {})).toBe(false);
  });

  it('never fails when the opener is not installed', async () => {
    const empty = tempDir('satisfy-no-opener-');
    try {
      expect(openBrowser(URL_, 'linux', { DISPLAY: ':0', PATH: empty.dir })).toBe(true);
      // The spawn error (ENOENT) arrives asynchronously; an unhandled one would fail this test run.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      empty.remove();
    }
  });
});
