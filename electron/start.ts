import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveInBrowser } from './launcher/browser-shell.ts';
import { runDesktop } from './launcher/desktop-shell.ts';
import { findElectronBinary } from './launcher/electron-binary.ts';

/**
 * `npm start`: the desktop window where the Electron program is installed, else the same app in the browser.
 * Never loads the electron package (see electron-binary.ts), so a blocked Electron download is no dead end.
 */
const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const binary = findElectronBinary(projectDir);

try {
  if (binary.found) {
    process.exit(await runDesktop(binary.path, projectDir, argv));
  } else {
    const host = await serveInBrowser(binary.why, argv);
    const stop = () => void host.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
