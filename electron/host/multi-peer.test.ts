import { afterEach, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { WorkshopDoc } from '../../shared/core/doc.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import type { RunningHost } from './host.ts';
import { latestSeq } from './store/change-log.ts';
import { loadDoc } from './store/doc-store.ts';
import { readLibrary } from './store/read-model.ts';
import { changeLog, readDocElsewhere, replay, shapeOf, type LoggedChange } from './testing/audit.ts';
import { ChaosRun } from './testing/chaos-run.ts';
import { RawClient, startTestHost, tempDir } from './testing/fixtures.ts';
import { createWorkshop } from './testing/sample-ops.ts';
import { Seeded, seedFromEnv } from './testing/seeded.ts';

const TRAINER = { sessionId: 'setup', role: 'trainer' as const, workshopId: null, teamId: null, name: '' };

/** A fresh snapshot, as a page opening the workshop now would get it. */
async function freshSnapshot(host: RunningHost, workshopId: string): Promise<WorkshopDoc> {
  const raw = await RawClient.open(host.origin, host.token);
  raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: 'snapshot-reader', name: '' });
  await raw.next('welcome');
  raw.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
  const { doc } = await raw.next('doc');
  raw.close();
  return doc;
}

/** Everything that must agree once the peers settled, and what the change log must say about every op. */
async function expectAgreement(run: ChaosRun, dataDir: string, start: { doc: WorkshopDoc; seq: number }): Promise<LoggedChange[]> {
  const { host, workshopId } = run;
  const stored = loadDoc(host.db, workshopId)!;
  for (const peer of run.peers) {
    expect(peer.wire.client.confirmedDoc(workshopId), `${peer.name} confirmed`).toEqual(stored);
    expect(peer.wire.client.docView(workshopId), `${peer.name} view`).toEqual(stored);
    const library = peer.wire.client.libraryView();
    if (library) {
      // A card's "updated" time is read with the list (content edits do not stream to the library feed), so it is
      // left out: everything else a live list shows must be what a fresh read gives.
      const byId = (list: { id: string; updatedAt?: string }[]) =>
        [...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map((w) => ({ ...w, updatedAt: undefined }));
      expect(byId(library.workshops), `${peer.name} library`).toEqual(byId(readLibrary(host.db).workshops));
    }
  }
  expect(await freshSnapshot(host, workshopId)).toEqual(stored);
  expect(readDocElsewhere(dataDir, workshopId)).toEqual(stored);

  const log = changeLog(host.db);
  // The stored effects, applied in seq order to the first snapshot, give the workshop as stored: each op once.
  expect(replay(start.doc, start.seq, log)).toEqual(stored);
  expect(new Set(log.map((c) => c.opId)).size).toBe(log.length);
  const logged = new Map(log.map((c) => [c.opId, c]));
  for (const peer of [...run.peers, ...run.retired]) {
    for (const ack of peer.wire.acks) expect(logged.get(ack.opId)?.seq, `ack of ${ack.opId}`).toBe(ack.seq);
  }
  const rejected = new Set([...run.peers, ...run.retired].flatMap((p) => p.wire.rejects.map((r) => r.opId)));
  for (const [opId, sent] of run.submitted) {
    if (!run.peers.some((p) => p.name === sent.peer)) continue;
    // Every op a peer still connected sent is settled exactly one way: stored, or refused.
    expect(logged.has(opId) !== rejected.has(opId), `${sent.type} ${opId}`).toBe(true);
    if (sent.poisoned) expect(logged.has(opId), 'a batch with a bad op in it').toBe(false);
  }
  const sentIds = new Set(run.submitted.keys());
  expect(log.filter((c) => c.clientId !== 'setup' && !sentIds.has(c.opId))).toEqual([]);

  // Every copy of the workshop holds what the workshop held when it was copied.
  for (const copy of log.filter((c) => c.type === 'workshop.duplicate' && c.workshopId === workshopId)) {
    const source = replay(start.doc, start.seq, log, copy.seq - 1);
    expect(shapeOf(loadDoc(host.db, copy.payload.newWorkshopId as string)!)).toEqual(shapeOf(source));
  }
  return log;
}

/** How often each op type was stored (batch members counted as `batch:<type>`), and the interesting cases. */
function coverage(run: ChaosRun, log: readonly LoggedChange[]) {
  const mine = log.filter((c) => c.clientId !== 'setup');
  const types: Record<string, number> = {};
  for (const c of mine) {
    types[c.type] = (types[c.type] ?? 0) + 1;
    for (const sub of c.payload.ops ?? []) types[`batch:${sub.type}`] = (types[`batch:${sub.type}`] ?? 0) + 1;
  }
  const logged = new Set(log.map((c) => c.opId));
  const racesStored = (kind: string) => run.races.filter((r) => r.kind === kind && r.opIds.every((id) => logged.has(id))).length;
  const rejected = run.peers.flatMap((p) => p.wire.rejects);
  return {
    types,
    balancesOver3: mine.filter((c) => c.type === 'weights.balance' && (c.effect?.put.indicators?.length ?? 0) >= 3).length,
    postRemovesWithChildren: mine.filter((c) => c.type === 'post.remove' && (c.effect?.del.indicators?.length ?? 0) > 0).length,
    artifactRemovesWithChildren: mine.filter((c) => c.type === 'artifact.remove' && (c.effect?.del.posts?.length ?? 0) > 0).length,
    teamRemovesWithArtifacts: mine.filter((c) => c.type === 'team.remove' && (c.effect?.put.artifacts?.length ?? 0) > 0).length,
    batchesRefused: rejected.filter((r) => r.opId && run.submitted.get(r.opId)?.type === 'batch').length,
    sameField: racesStored('sameField'),
    sameMove: racesStored('sameMove'),
    sameSlot: racesStored('sameSlot'),
    removeVsEdit: run.races.filter((r) => r.kind === 'removeVsEdit').length,
    cutsWithPending: run.cutsWithPending,
    resentAfterLostAck: run.peers.reduce((n, p) => n + p.wire.acks.filter((a) => a.duplicate).length, 0),
  };
}

const CONTENT_TYPES = [
  'workshop.update', 'team.add', 'team.update', 'team.remove', 'artifact.add', 'artifact.update', 'artifact.remove',
  'post.add', 'post.update', 'post.move', 'post.remove', 'dimension.setWeight', 'weights.balance',
  'indicator.add', 'indicator.update', 'indicator.move', 'indicator.remove',
];

/** The cases a run must have stored (or refused, for poisoned batches) to count as covering the protocol: those it has not. */
function unvisited(seen: ReturnType<typeof coverage>): string[] {
  const wanted: [string, boolean][] = [
    ...[...CONTENT_TYPES, 'batch', 'workshop.duplicate', 'workshop.create', 'workshop.delete'].map((type): [string, boolean] => [type, (seen.types[type] ?? 0) > 0]),
    ['weights.balance over ≥ 3 indicators, 5 times', seen.balancesOver3 >= 5],
    ['post.remove with indicators', seen.postRemovesWithChildren > 0],
    ['artifact.remove with posts', seen.artifactRemovesWithChildren > 0],
    ['team.remove passing on artifacts', seen.teamRemovesWithArtifacts > 0],
    ['a poisoned batch refused', seen.batchesRefused > 0],
    ['batch:indicator.add', (seen.types['batch:indicator.add'] ?? 0) > 0],
    ['races on one field, move or slot, 4 times', seen.sameField + seen.sameMove + seen.sameSlot > 3],
    ['a race on one move', seen.sameMove > 0],
    ['a race on one slot', seen.sameSlot > 0],
    ['a cut with edits pending', seen.cutsWithPending > 0],
  ];
  return wanted.filter(([, met]) => !met).map(([name]) => name);
}

describe('randomized peers through a connection-dropping proxy', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let run: ChaosRun | undefined;
  const seed = seedFromEnv();

  beforeEach(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    onTestFailed(() => console.error(`replay with SEED=${seed}`));
  });
  afterEach(async () => {
    await run?.close();
    await host.close();
    dir.remove();
  });

  const begin = (rng: Seeded) => {
    const workshopId = rng.id();
    host.engine.applyNow({ session: TRAINER, clientId: 'setup', raw: { ...createWorkshop(workshopId), opId: rng.id() } });
    run = new ChaosRun(host, rng, workshopId);
    return { doc: loadDoc(host.db, workshopId)!, seq: latestSeq(host.db) };
  };

  it('every op type, derived ones included, with cuts: peers, a fresh snapshot and the database agree', async () => {
    const rng = new Seeded(seed);
    const start = begin(rng);
    await run!.addPeer('甲', true);
    for (const name of ['乙', '丙', '丁']) await run!.addPeer(name);
    await run!.drive(1400, 0.025);
    // The seed fixes each choice, but not what each peer has seen when it makes it (that is timing), so a rare case
    // can go unvisited in 1,400 steps: keep driving, within a bound, until every case has happened.
    for (let extra = 0; extra < 4 && unvisited(coverage(run!, changeLog(host.db))).length; extra++) await run!.drive(400, 0.025);
    await run!.settle();
    const log = await expectAgreement(run!, dir.dir, start);
    expect(unvisited(coverage(run!, log))).toEqual([]);
  }, 60_000);

  it('chaos: thousands of ops over several rounds of 3–5 peers joining and leaving, no divergence', async () => {
    const rng = new Seeded(seed ^ 0x5eed);
    const start = begin(rng);
    let named = 0;
    let ops = 0;
    for (let round = 0; round < 4; round++) {
      const want = rng.int(3, 5);
      while (run!.peers.length > want || (run!.peers.length && rng.chance(0.3))) await run!.removePeer(rng.pick(run!.peers));
      while (run!.peers.length < want) await run!.addPeer(`peer${named++}`, rng.chance(0.3));
      await run!.drive(650, 0.03);
      await run!.settle();
      await expectAgreement(run!, dir.dir, start);
      ops = run!.submitted.size;
    }
    expect(ops).toBeGreaterThan(2000);
  }, 60_000);
});
