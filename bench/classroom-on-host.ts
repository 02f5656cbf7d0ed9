import { applyEffect, type Effect, type WorkshopDoc } from '../shared/core/doc.ts';
import { visibleEffect } from '../shared/core/visibility.ts';
import { newId } from '../shared/domain/ids.ts';
import type { HostReady } from './classroom-host.ts';
import { Causality } from './classroom-causality.ts';
import { nowMs, type ServerProcess } from './classroom-process.ts';
import { DRAIN_MS, replay, sampler, settle, type OpRecord, type PhaseResult, type SendRecord } from './classroom-phase.ts';
import type { Room } from './classroom-room.ts';
import type { Step } from './classroom-schedule.ts';
import { frameOpId, frameType, Traffic } from './classroom-wire.ts';
import { WsPeer } from './ws-peer.ts';

export interface HostPhase extends PhaseResult {
  ops: OpRecord[];
  sends: SendRecord[];
  /** Time for every participant to connect, say hello and receive the workshop. */
  joinMs: number;
  /** Bytes of presence received by all clients while they joined. */
  joinPresenceBytes: number;
  /** Planned votes and answers never sent: what they act on never reached their sender. */
  heldBack: number;
}

/** Opens a connection per token, `width` at a time. */
async function openAll(origin: string, tokens: string[], width = 25): Promise<WsPeer[]> {
  const peers: WsPeer[] = [];
  for (let i = 0; i < tokens.length; i += width) peers.push(...(await Promise.all(tokens.slice(i, i + width).map((t) => WsPeer.open(origin, t)))));
  return peers;
}

/**
 * The class on the real host: every participant connects and watches the workshop, then the schedule runs. Each
 * client notes when it receives each op's change; the trainer's client (which sees everything) keeps the workshop
 * up to date from the changes and works out, with the shared visibility rule, who should receive each one.
 */
export async function runOnHost(host: ServerProcess<HostReady>, trainer: WsPeer, room: Room, steps: readonly Step[]): Promise<HostPhase> {
  const { origin } = host.ready;
  const n = room.people.length;
  let traffic = new Traffic();
  const ops: OpRecord[] = [];
  const index = new Map<string, number>();
  const closed = new Set<number>();
  let answered = 0;
  let lastPresenceSize = 0;
  const causality = new Causality(n + 1, (client, k) => !Number.isNaN(ops[k]!.received[client]!));

  const docFrame = trainer.next((data) => data.startsWith('{"type":"doc"'));
  trainer.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: room.workshopId } });
  let doc = (JSON.parse(await docFrame) as { doc: WorkshopDoc }).doc;

  const onTrainerChange = (data: Buffer, k: number | undefined) => {
    const { change } = JSON.parse(data.toString()) as { change: { effect?: Effect } };
    if (!change.effect) return;
    doc = applyEffect(doc, change.effect);
    if (k === undefined) return;
    const audience = room.people.flatMap((p, i) => (visibleEffect(p.session, change.effect!, doc) ? [i] : []));
    ops[k]!.audience = [...audience, n];
    ops[k]!.size = data.length;
  };

  const listen = (peer: WsPeer, i: number) => {
    peer.socket.on('message', (data: Buffer) => {
      const t = nowMs();
      const type = frameType(data);
      traffic.count(type, data.length);
      if (type === 'change') {
        const k = index.get(frameOpId(data) ?? '');
        if (k !== undefined) ops[k]!.received[i] = t;
        if (i === n) onTrainerChange(data, k);
        if (k !== undefined) causality.received(i);
      } else if (type === 'ack' || type === 'reject' || type === 'hold') {
        const k = index.get(frameOpId(data) ?? '');
        if (k === undefined) return;
        if (type === 'hold') return;
        const reply = JSON.parse(data.toString()) as { seq?: number; reason?: { code: string } };
        ops[k]!.ackAt = t;
        if (type === 'ack') ops[k]!.ackSeq = reply.seq!;
        else ops[k]!.rejected = reply.reason?.code ?? 'unknown';
        answered++;
      } else if (type === 'peer' && i === n) lastPresenceSize = data.length;
    });
    peer.socket.on('close', () => closed.add(i));
  };
  listen(trainer, n);

  const joinStart = nowMs();
  const people = await openAll(origin, room.people.map((p) => p.token));
  people.forEach(listen);
  await Promise.all(people.map((p) => p.watch(room.workshopId)));
  const joinMs = nowMs() - joinStart;
  const joinPresenceBytes = ['presence', 'peer', 'peerLeft'].reduce((sum, t) => sum + (traffic.bytes.get(t) ?? 0), 0);
  traffic = new Traffic();

  const peers = [...people, trainer];
  const sends: SendRecord[] = [];
  const stats = sampler(host, () => ops.length - answered);
  const start = nowMs();
  const windowMs = await replay(
    steps.map((s) => s.at),
    (s) => {
      const step = steps[s]!;
      const person = step.person < 0 ? n : step.person;
      const at = nowMs();
      if (step.message.type === 'presence') {
        peers[person]!.send(step.message);
        sends.push({ at: at - start, person, op: -1, size: lastPresenceSize });
        return;
      }
      const { type, payload } = step.message.op as { type: string; payload: Record<string, unknown> };
      causality.when(person, type, payload, () => {
        const opId = newId();
        const sentAt = nowMs();
        causality.made(type, payload, ops.length);
        index.set(opId, ops.length);
        sends.push({ at: sentAt - start, person, op: ops.length, size: 0 });
        ops.push({ opId, type, payload, sentAt, ackAt: NaN, ackSeq: 0, rejected: null, size: 0, audience: null, received: new Float64Array(n + 1).fill(NaN) });
        peers[person]!.send({ type: 'op', op: { type, payload, opId } });
      });
    },
  );
  // Everything sent is answered and delivered (or the host has cut the receiver off) before the measuring stops, so
  // the CPU counted is what the window's work cost, even when the host fell behind.
  const delivered = (op: OpRecord) => op.rejected !== null || (op.audience?.every((c) => !Number.isNaN(op.received[c]!) || closed.has(c)) ?? false);
  await settle(() => answered === ops.length && ops.every(delivered), DRAIN_MS);
  const usage = await stats.stop();
  for (const s of sends) if (s.op >= 0) s.size = ops[s.op]!.size;
  const cut = closed.size;
  for (const p of people) p.close();
  return { ops, sends, joinMs, joinPresenceBytes, heldBack: causality.held, windowMs, ...usage, closed: cut, traffic };
}
