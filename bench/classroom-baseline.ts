import { WebSocket } from 'ws';
import { nowMs, ServerProcess } from './classroom-process.ts';
import { DRAIN_MS, replay, sampler, settle, type OpRecord, type PhaseResult, type SendRecord } from './classroom-phase.ts';
import type { RelayReady } from './classroom-relay.ts';
import { Traffic } from './classroom-wire.ts';

export interface BaselinePhase extends PhaseResult {
  sentAt: Float64Array;
  received: Float64Array[];
}

const RELAY = new URL('./classroom-relay.ts', import.meta.url).pathname;

/** A frame of exactly `size` bytes (at least the header) carrying the op's index: `{"k":"o","i":12,"p":"xxxx"}`. */
const frame = (kind: 'o' | 'p', index: number, size: number): string => {
  const head = `{"k":"${kind}","i":${index},"p":"`;
  return head + 'x'.repeat(Math.max(0, size - head.length - 2)) + '"}';
};

/**
 * The same sends as on the host — same senders, same offsets, same frame sizes (an op's frame as big as its change,
 * a presence frame as big as the presence list then) — through a bare relay that sends each frame to every client.
 */
export async function runBaseline(clients: number, ops: readonly OpRecord[], sends: readonly SendRecord[]): Promise<BaselinePhase> {
  const relay = await ServerProcess.start<RelayReady>(RELAY);
  const traffic = new Traffic();
  const sentAt = new Float64Array(ops.length).fill(NaN);
  const received = ops.map(() => new Float64Array(clients).fill(NaN));
  const closed = new Set<number>();
  const sockets: WebSocket[] = [];
  for (let i = 0; i < clients; i += 25) {
    const batch = Array.from({ length: Math.min(25, clients - i) }, () => new WebSocket(relay.ready.url));
    await Promise.all(batch.map((s) => new Promise((resolve, reject) => s.once('open', resolve).once('error', reject))));
    sockets.push(...batch);
  }
  sockets.forEach((socket, c) => {
    socket.on('message', (data: Buffer) => {
      const t = nowMs();
      traffic.count(data[6] === 0x6f ? 'change' : 'presence', data.length);
      if (data[6] !== 0x6f) return;
      received[Number(data.toString('latin1', 13, data.indexOf(0x2c, 13)))]![c] = t;
    });
    socket.on('close', () => closed.add(c));
  });

  const sizes = ops.map((op) => op.size).filter((s) => s > 0).sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)] ?? 300;
  const stats = sampler(relay, () => 0);
  const windowMs = await replay(
    sends.map((s) => s.at),
    (i) => {
      const s = sends[i]!;
      if (s.op < 0) {
        if (s.size > 0) sockets[s.person]!.send(frame('p', -1, s.size));
        return;
      }
      sentAt[s.op] = nowMs();
      sockets[s.person]!.send(frame('o', s.op, s.size || typical));
    },
  );
  await settle(() => received.every((r) => r.every((t, c) => !Number.isNaN(t) || closed.has(c))), DRAIN_MS);
  const usage = await stats.stop();
  const cut = closed.size;
  for (const s of sockets) s.close();
  await relay.stop();
  return { sentAt, received, windowMs, ...usage, closed: cut, traffic };
}
