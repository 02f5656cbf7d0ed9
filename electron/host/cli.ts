import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.ts';
import { startHost } from './host.ts';
import { defaultDataDir } from './paths.ts';

/** `npm run serve`: the whole app without Electron, for a browser. Prints the trainer's link on one line. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  const args = parseCliArgs(process.argv.slice(2));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const host = await startHost({
    dataDir: resolve(args.dataDir ?? defaultDataDir()),
    port: args.port,
    hostname: args.hostname,
    staticDir: join(root, 'dist', 'renderer'),
    appVersion: version,
  });
  console.log(host.url);
  const stop = () => host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
