import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * What a process has cost so far, read at `at` (ms, monotonic): CPU time, time its event loop spent in callbacks
 * (running, blocked in a synchronous call such as SQLite's fsync, or preempted), time it waited for a CPU while
 * runnable (Linux's schedstat; NaN elsewhere), all in ms; and memory in bytes.
 */
export interface Usage {
  cpuMs: number;
  loopBusyMs: number;
  cpuWaitMs: number;
  rss: number;
  heapUsed: number;
  at: number;
}

/** hrtime is CLOCK_MONOTONIC on every process of the machine, so readings of two processes can be subtracted. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** ns spent waiting on a run queue, from /proc/self/schedstat ("on-cpu wait slices"). */
function cpuWaitMs(): number {
  try {
    return Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return NaN;
  }
}

export function usage(): Usage {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  const loop = performance.eventLoopUtilization();
  return { cpuMs: (cpu.user + cpu.system) / 1000, loopBusyMs: loop.active, cpuWaitMs: cpuWaitMs(), rss: mem.rss, heapUsed: mem.heapUsed, at: nowMs() };
}

interface Request {
  id: number;
  kind: string;
  arg: unknown;
}

/**
 * The child's side: answers the bench's requests by kind ('usage' is built in) and says `ready` once. The server it
 * runs is measured from inside its own process, so the bench's clients do not count as the server's CPU.
 */
export function answerParent(ready: unknown, handlers: Record<string, (arg: never) => unknown>): void {
  process.on('message', (m: Request) => {
    void (async () => {
      const value = m.kind === 'usage' ? usage() : await handlers[m.kind]!(m.arg as never);
      process.send!({ id: m.id, value });
    })();
  });
  process.send!({ ready });
}

/** The bench's side of a server running in a child process (`node --import tsx script`). */
export class ServerProcess<Ready> {
  private nextId = 0;
  private readonly waiting = new Map<number, (value: unknown) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: Ready,
  ) {
    child.on('message', (m: { id: number; value: unknown }) => {
      this.waiting.get(m.id)?.(m.value);
      this.waiting.delete(m.id);
    });
  }

  static start<Ready>(script: string, args: string[] = []): Promise<ServerProcess<Ready>> {
    const child = fork(script, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      child.once('message', (m: { ready: Ready }) => resolve(new ServerProcess(child, m.ready)));
      child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  request<T>(kind: string, arg?: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve as (value: unknown) => void);
      this.child.send({ id, kind, arg } satisfies Request);
    });
  }

  /** Asks the server to close (it exits when done); kills it if it has not within 10 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ id: -1, kind: 'stop', arg: null } satisfies Request);
    const force = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  }
}
