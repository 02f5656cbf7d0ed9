import { spawn } from 'node:child_process';

export interface BrowserCommand {
  command: string;
  args: string[];
  /** cmd.exe parses its own command line; Node's quoting would break `start ""`. */
  verbatim?: boolean;
}

/**
 * How this system opens a link in its default browser, or null where there is none to open: `BROWSER=none`
 * (the usual way to say so, e.g. on CI) or a Linux/BSD box without a display.
 */
export function browserCommand(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): BrowserCommand | null {
  if (env.BROWSER === 'none') return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // The trainer's link is http://127.0.0.1:PORT/#token=<base64url>: nothing in it that cmd.exe would interpret.
  if (platform === 'win32') return { command: 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** Opens the link if this system can; a missing or failing opener is never an error, the link is printed anyway. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): boolean {
  const opener = browserCommand(url, platform, env);
  if (!opener) return false;
  try {
    const child = spawn(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
      windowsVerbatimArguments: opener.verbatim,
      env,
    });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
