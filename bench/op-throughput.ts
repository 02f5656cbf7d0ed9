import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import { newId } from '../shared/domain/ids.ts';
import { startHost } from '../e2e/harness.ts';
import { claimSession, tempDir } from '../electron/host/testing/fixtures.ts';
import { addPost, createWorkshop } from '../electron/host/testing/sample-ops.ts';
import { ratio } from './stats.ts';
import { isAck, isChange, WsPeer } from './ws-peer.ts';

/**
 * Group commit throughput: committed-and-acknowledged ops per second with one sender, with 60 senders at once, and
 * with 60 senders while 60 subscribers receive every change; each sender has one op in flight and sends the next on
 * its ack, as people editing do. Against raw better-sqlite3 in the same run (WAL, synchronous=FULL): single-row
 * commits per second and rows per second in transactions of 10. The host runs as `npm run serve` runs it, in its own
 * process. Needs `npx vite build` first (the host serves the page). Run: npm run bench:throughput
 */
const SECONDS = Number(process.env.SECONDS ?? 5);
const PEOPLE = Number(process.env.PEOPLE ?? 60);

/** How many times `work` runs in `seconds` (synchronously), per second. */
function perSecond(seconds: number, work: () => void): number {
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let n = 0;
  while (performance.now() < end) {
    work();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

function rawSqlite(): { commits: number; batchRows: number } {
  const dir = tempDir('satisfy-bench-raw-');
  try {
    const db = new Database(join(dir.dir, 'raw.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE log (seq INTEGER PRIMARY KEY, op TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO log (op) VALUES (?)');
    // About the size of a logged op.
    const row = JSON.stringify({ opId: newId(), type: 'dimension.setWeight', payload: { workshopId: newId(), postId: newId(), dimension: 'empathy', weight: 42 } });
    const commits = perSecond(SECONDS, () => insert.run(row));
    const ten = db.transaction(() => {
      for (let i = 0; i < 10; i++) insert.run(row);
    });
    const batchRows = perSecond(SECONDS, ten) * 10;
    db.close();
    return { commits, batchRows };
  } finally {
    dir.remove();
  }
}

const raw = rawSqlite();

const host = await startHost();
const token = await claimSession(host.origin, new URL(host.url).hash.split('=')[1]!);
const owner = await WsPeer.open(host.origin, token);
const workshopId = newId();
const postId = newId();
await owner.commit(createWorkshop(workshopId, '吞吐量测量'));
await owner.commit(addPost(workshopId, postId));

let n = 0;
const nextOp = () => ({
  type: 'dimension.setWeight',
  payload: { workshopId, postId, dimension: DIMENSIONS[n % 5]!, weight: n++ % 100 },
});

/** Runs `senders` closed-loop senders for SECONDS; returns acks/s, and changes/s delivered to `subscribers`. */
async function scenario(senders: number, subscribers: number): Promise<{ acks: number; delivered: number }> {
  const sending = await Promise.all(Array.from({ length: senders }, () => WsPeer.open(host.origin, token)));
  const watching = await Promise.all(Array.from({ length: subscribers }, () => WsPeer.open(host.origin, token)));
  await Promise.all(watching.map((w) => w.watch(workshopId)));
  let received = 0;
  let lastDelivery = 0;
  for (const w of watching) {
    w.socket.on('message', (data) => {
      if (!isChange(String(data))) return;
      received++;
      lastDelivery = performance.now();
    });
  }

  let acks = 0;
  let running = true;
  const start = performance.now();
  const loops = sending.map(
    (peer) =>
      new Promise<void>((done) => {
        peer.socket.on('message', (data) => {
          if (!isAck(String(data))) return;
          acks++;
          if (running) peer.sendOp(nextOp());
          else done();
        });
        peer.sendOp(nextOp());
      }),
  );
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  running = false;
  const stoppedAt = performance.now();
  const acksInTime = acks;
  await Promise.all(loops);
  // Every subscriber must receive every change, including those of ops still in flight at the stop.
  const expected = acks * subscribers;
  const deadline = Date.now() + 60_000;
  while (received < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (received < expected) throw new Error(`subscribers received ${received} of ${expected} changes`);
  for (const peer of [...sending, ...watching]) peer.close();
  return {
    acks: acksInTime / ((stoppedAt - start) / 1000),
    delivered: subscribers ? received / ((lastDelivery - start) / 1000) : 0,
  };
}

try {
  const one = await scenario(1, 0);
  const many = await scenario(PEOPLE, 0);
  const watched = await scenario(PEOPLE, PEOPLE);
  const f = (x: number) => x.toFixed(0).padStart(7);
  console.log(`${SECONDS} s per case; senders keep one op in flight each`);
  console.log(`raw SQLite single-row commits/s  ${f(raw.commits)}  (baseline A)`);
  console.log(`raw SQLite rows/s, 10 per commit ${f(raw.batchRows)}  (baseline B)`);
  const line = (label: string, acks: number) =>
    console.log(`${label} ${f(acks)}  ${ratio(acks, raw.commits)} A  ${ratio(acks, raw.batchRows)} B`);
  line('host acks/s, 1 sender           ', one.acks);
  line(`host acks/s, ${PEOPLE} senders          `, many.acks);
  line(`host acks/s, ${PEOPLE} senders + ${PEOPLE} subs`, watched.acks);
  console.log(`  changes delivered/s to the ${PEOPLE} subscribers ${watched.delivered.toFixed(0)}`);
} finally {
  owner.close();
  await host.stop();
}
