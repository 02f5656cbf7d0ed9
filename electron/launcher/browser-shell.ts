import { launchFromArgs } from '../host/launch.ts';
import type { RunningHost } from '../host/host.ts';
import { fallbackLine, type MissingReason } from './electron-binary.ts';
import { openBrowser } from './open-browser.ts';

interface Output {
  print(line: string): void;
  open(url: string): void;
}

const terminal: Output = { print: (line) => console.log(line), open: (url) => void openBrowser(url) };

/**
 * `npm start` without the Electron program: says why in one line, then runs the same host as `npm run serve`,
 * prints the trainer's link and opens it where a browser can be opened.
 */
export async function serveInBrowser(why: MissingReason, argv: string[], output: Output = terminal): Promise<RunningHost> {
  output.print(fallbackLine(why));
  const host = await launchFromArgs(argv);
  output.print(host.url);
  output.open(host.url);
  return host;
}
