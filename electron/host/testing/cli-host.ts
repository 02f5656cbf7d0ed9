import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface CliHost {
  child: ChildProcess;
  origin: string;
  port: number;
  /** This start's launch code (from the link's fragment), to trade for a trainer session. */
  launchCode: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Sends the signal and waits for the process to be gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * `npm run serve`'s host (electron/host/cli.ts) as a process of its own on `dataDir`, read from the link it prints.
 * Without `port` it listens where this library listened last time, as a restarted host does.
 */
export async function startCliHost(dataDir: string, port?: number, classroomAddresses: string[] = []): Promise<CliHost> {
  const args = [
    '--import',
    'tsx',
    'electron/host/cli.ts',
    '--data',
    dataDir,
    ...(port === undefined ? [] : ['--port', String(port)]),
    ...classroomAddresses.flatMap((address) => ['--classroom-address', address]),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before printing its link`)));
  });
  const url = new URL(line);
  return {
    child,
    origin: url.origin,
    port: Number(url.port),
    launchCode: url.hash.replace('#token=', ''),
    exited,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
