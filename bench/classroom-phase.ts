import { nowMs, usage, type ServerProcess, type Usage } from './classroom-process.ts';
import type { Traffic } from './classroom-wire.ts';

/** One op sent during the window: when, by whom, what came back, and when each client received its change. */
export interface OpRecord {
  opId: string;
  type: string;
  payload: Record<string, unknown>;
  sentAt: number;
  ackAt: number;
  ackSeq: number;
  /** The refusal's code, when the host refused it. */
  rejected: string | null;
  /** Bytes of the change frame as the trainer received it. */
  size: number;
  /** Clients that should receive the change (by the shared visibility rule); null until the trainer has it. */
  audience: number[] | null;
  /** Receive time per client index (people, then the trainer); NaN: not received. */
  received: Float64Array;
}

/** One send, as the baseline replays it: offset from the window's start, sender, op index or -1 (presence), bytes. */
export interface SendRecord {
  at: number;
  person: number;
  op: number;
  size: number;
}

/** How long a phase may take after its last send to deliver what it owes. */
export const DRAIN_MS = 60_000;

export interface PhaseResult {
  /** From the first send to the last. */
  windowMs: number;
  /** Samples from the first send until everything was delivered (or DRAIN_MS passed). */
  server: Usage[];
  bench: Usage[];
  /** Ops sent and not yet answered, once a second. */
  backlog: number[];
  /** Clients whose connection the server closed. */
  closed: number;
  traffic: Traffic;
}

/** Samples the server's and the bench's own CPU and memory, and `backlog()`, once a second until stopped. */
export function sampler(server: ServerProcess<unknown>, backlog: () => number): { stop(): Promise<Pick<PhaseResult, 'server' | 'bench' | 'backlog'>> } {
  const result = { server: [] as Usage[], bench: [] as Usage[], backlog: [] as number[] };
  const take = async () => {
    result.bench.push(usage());
    result.backlog.push(backlog());
    result.server.push(await server.request<Usage>('usage'));
  };
  const first = take();
  const timer = setInterval(() => void take(), 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await first;
      await take();
      return result;
    },
  };
}

/**
 * Runs `send(i)` for every planned step at its offset from now (a late bench sends late; times are taken at the real
 * send). Resolves when the last step is sent.
 */
export function replay(offsets: readonly number[], send: (index: number) => void): Promise<number> {
  const start = nowMs();
  let next = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const elapsed = nowMs() - start;
      while (next < offsets.length && offsets[next]! <= elapsed) send(next++);
      if (next === offsets.length) return resolve(nowMs() - start);
      setTimeout(tick, Math.max(0, offsets[next]! - elapsed - 1));
    };
    tick();
  });
}

/** Waits until `done()` holds (checked every 100 ms) or `ms` pass; says which. */
export async function settle(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = nowMs() + ms;
  while (!done()) {
    if (nowMs() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * Propagation of each op whose whole audience received it: from its send to the last receipt among that audience.
 * `run` gives an op's send time and receipts in the phase measured (the host's, or the baseline's replay of it).
 */
export function propagation(
  ops: readonly OpRecord[],
  run: (k: number) => { sentAt: number; received: Float64Array },
  keep: (op: OpRecord) => boolean = () => true,
): { times: number[]; incomplete: number } {
  const times: number[] = [];
  let incomplete = 0;
  ops.forEach((op, k) => {
    if (op.rejected || !keep(op)) return;
    if (!op.audience) return void incomplete++;
    const { sentAt, received } = run(k);
    let last = -Infinity;
    for (const client of op.audience) last = Math.max(last, received[client]!);
    if (Number.isNaN(last)) incomplete++;
    else times.push(last - sentAt);
  });
  return { times, incomplete };
}
