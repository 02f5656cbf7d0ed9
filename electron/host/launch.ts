import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.ts';
import { startHost, type RunningHost } from './host.ts';
import { defaultDataDir } from './paths.ts';

/** The project root, from electron/host/ in the sources or dist-electron/electron/host/ when built. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!safeRead(join(dir, 'package.json'))) dir = resolve(dir, '..');
  return dir;
}

function safeRead(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Starts the host from command-line arguments: shared by `npm run serve` and the desktop shell's host process. */
export async function launchFromArgs(argv: string[]): Promise<RunningHost> {
  const args = parseCliArgs(argv);
  const root = projectRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return startHost({
    dataDir: resolve(args.dataDir ?? defaultDataDir()),
    port: args.port,
    staticDir: resolve(args.staticDir ?? join(root, 'dist', 'renderer')),
    appVersion: version,
    demo: args.demo,
    ...(args.classroomAddresses ? { classroomAddresses: () => args.classroomAddresses!.map((address) => ({ address, interfaceName: 'cli' })) } : {}),
  });
}
