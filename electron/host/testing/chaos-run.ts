import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import type { OpInput } from '../../../shared/protocol/ops.ts';
import type { RunningHost } from '../host.ts';
import { loadDoc } from '../store/doc-store.ts';
import { ChaosProxy } from './chaos-proxy.ts';
import { randomBatch, randomContentOp, randomSlot } from './op-generator.ts';
import { createWorkshop } from './sample-ops.ts';
import type { Seeded } from './seeded.ts';
import { wireClient, type WireClient } from './wire-client.ts';

export interface Peer {
  name: string;
  wire: WireClient;
  proxy: ChaosProxy;
  leave(): void;
}

export type RaceKind = 'sameField' | 'sameMove' | 'sameSlot' | 'removeVsEdit';

/** Keys sorted at every level, so two equal docs read the same however their objects were built. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Several real sync clients editing one workshop at once, each through its own connection-dropping proxy, driven by
 * a seeded random source: what they sent, what raced, and when a connection was cut with edits still unacknowledged.
 */
export class ChaosRun {
  readonly peers: Peer[] = [];
  /** Peers that left; what the host told them still counts. */
  readonly retired: Peer[] = [];
  readonly submitted = new Map<string, { type: OpInput['type']; peer: string; poisoned?: boolean }>();
  readonly races: { kind: RaceKind; opIds: [string, string] }[] = [];
  readonly scratch: string[] = [];
  cutsWithPending = 0;
  private dropChance = 0;

  constructor(
    readonly host: RunningHost,
    readonly rng: Seeded,
    readonly workshopId: string,
  ) {}

  async addPeer(name: string, watchLibrary = false): Promise<Peer> {
    const proxy = await new ChaosProxy(this.host.port).start();
    const token = this.host.issueSession({ role: 'trainer', name });
    const wire = wireClient({ origin: this.host.origin, viaPort: proxy.port, token, name });
    wire.client.connect();
    const leaveWorkshop = wire.client.watchWorkshop(this.workshopId);
    const leaveLibrary = watchLibrary ? wire.client.watchLibrary() : () => undefined;
    const peer: Peer = {
      name,
      wire,
      proxy,
      leave: () => {
        leaveWorkshop();
        leaveLibrary();
      },
    };
    this.peers.push(peer);
    return peer;
  }

  async removePeer(peer: Peer): Promise<void> {
    peer.leave();
    peer.wire.client.close();
    await peer.proxy.close();
    this.peers.splice(this.peers.indexOf(peer), 1);
    this.retired.push(peer);
  }

  private submit(peer: Peer, input: OpInput, poisoned = false): string | null {
    const opId = peer.wire.client.submit(input);
    if (opId) this.submitted.set(opId, { type: input.type, peer: peer.name, poisoned });
    return opId;
  }

  /** Cuts a peer's connection now, noting whether it had edits in flight. */
  cut(peer: Peer): void {
    if (!peer.proxy.open) return;
    if (peer.wire.client.pending > 0) this.cutsWithPending++;
    peer.proxy.cut();
  }

  /** `steps` random actions, with a connection cut now and then (`dropChance` per step). */
  async drive(steps: number, dropChance: number): Promise<void> {
    this.dropChance = dropChance;
    for (let n = 0; n < steps; n++) {
      this.step();
      await new Promise((resolve) => setImmediate(resolve));
      if (n % 8 === 7) await sleep(1);
      // Keep what is in flight bounded, as a person's typing is.
      for (let waited = 0; waited < 2000 && this.peers.some((p) => p.wire.client.pending > 40); waited += 5) await sleep(5);
    }
  }

  private step(): void {
    const rng = this.rng;
    if (rng.chance(this.dropChance)) this.cut(rng.pick(this.peers));
    const peer = rng.pick(this.peers);
    const doc = peer.wire.client.docView(this.workshopId);
    if (!doc) return;
    const roll = rng.next();
    if (roll < 0.06 && this.peers.length > 1) return this.race(peer, rng.pick(this.peers.filter((p) => p !== peer)), doc);
    if (roll < 0.13) {
      const poisoned = rng.chance(0.2);
      this.submit(peer, randomBatch(rng, doc, poisoned), poisoned);
      return;
    }
    if (roll < 0.14) {
      this.submit(peer, { type: 'workshop.duplicate', payload: { workshopId: this.workshopId, newWorkshopId: rng.id(), name: '副本' } });
      return;
    }
    if (roll < 0.16) {
      if (this.scratch.length && rng.chance(0.6)) {
        this.submit(peer, { type: 'workshop.delete', payload: { workshopId: this.scratch.shift()! } });
      } else {
        const id = rng.id();
        this.scratch.push(id);
        this.submit(peer, createWorkshop(id, '临时工作坊'));
      }
      return;
    }
    this.submit(peer, randomContentOp(rng, doc));
  }

  /** Two peers send conflicting edits at the same moment, neither having seen the other's. */
  private race(a: Peer, b: Peer, doc: WorkshopDoc): void {
    const rng = this.rng;
    const workshopId = this.workshopId;
    const posts = Object.values(doc.posts);
    const indicators = Object.values(doc.indicators);
    if (!posts.length) return;
    const post = rng.pick(posts);
    const kind = rng.pick<RaceKind>(indicators.length ? ['sameField', 'sameMove', 'sameSlot', 'removeVsEdit'] : ['sameField', 'sameSlot']);
    let pair: [OpInput, OpInput];
    if (kind === 'sameField') {
      pair = rng.chance(0.5)
        ? [
            { type: 'post.update', payload: { workshopId, postId: post.id, patch: { name: '甲组改的名' } } },
            { type: 'post.update', payload: { workshopId, postId: post.id, patch: { name: '乙组改的名' } } },
          ]
        : [
            { type: 'dimension.setWeight', payload: { workshopId, postId: post.id, dimension: 'empathy', weight: 10 } },
            { type: 'dimension.setWeight', payload: { workshopId, postId: post.id, dimension: 'empathy', weight: 40 } },
          ];
    } else if (kind === 'sameMove') {
      const indicator = rng.pick(indicators);
      const move = (): OpInput => {
        const dimension = rng.pick(DIMENSIONS);
        const siblings = indicators.filter((i) => i.postId === indicator.postId && i.dimension === dimension);
        return { type: 'indicator.move', payload: { workshopId, indicatorId: indicator.id, dimension, order: randomSlot(rng, siblings, indicator.id) } };
      };
      pair = [move(), move()];
    } else if (kind === 'sameSlot') {
      const dimension = rng.pick(DIMENSIONS);
      const order = randomSlot(rng, indicators.filter((i) => i.postId === post.id && i.dimension === dimension));
      const add = (name: string): OpInput => ({
        type: 'indicator.add',
        payload: {
          workshopId,
          postId: post.id,
          indicatorId: rng.id(),
          dimension,
          order,
          fields: { name, description: '', weight: 50, scoring: { kind: 'scale5' }, dataSource: 'survey', cycle: 'monthly' },
        },
      });
      pair = [add('甲组插入'), add('乙组插入')];
    } else {
      const indicator = rng.pick(indicators);
      pair = [
        { type: 'post.remove', payload: { workshopId, postId: indicator.postId } },
        { type: 'indicator.update', payload: { workshopId, indicatorId: indicator.id, patch: { weight: 77 } } },
      ];
    }
    const first = this.submit(a, pair[0]);
    const second = this.submit(b, pair[1]);
    if (first && second) this.races.push({ kind, opIds: [first, second] });
  }

  /** Waits (no more cuts) until every peer is online, has nothing pending and confirms exactly what the host stored. */
  async settle(ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const stored = canonical(loadDoc(this.host.db, this.workshopId));
      const behind = this.peers.filter(
        (p) => p.wire.client.status !== 'online' || p.wire.client.pending > 0 || canonical(p.wire.client.confirmedDoc(this.workshopId)) !== stored,
      );
      if (!behind.length) return;
      if (Date.now() > deadline)
        throw new Error(`not settled: ${behind.map((p) => `${p.name} ${p.wire.client.status} pending ${p.wire.client.pending}`).join(', ')}`);
      await sleep(50);
    }
  }

  async close(): Promise<void> {
    for (const peer of [...this.peers]) await this.removePeer(peer);
  }
}
