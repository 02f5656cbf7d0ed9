import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncClient } from '../../renderer/sync/client.ts';
import type { Pending } from '../../renderer/sync/pending.ts';
import { newId } from '../../shared/domain/ids.ts';
import { startHost, type RunningHost } from './host.ts';
import { revokeSession, sessionByToken } from './server/sessions.ts';
import { loadDoc } from './store/doc-store.ts';
import { changeLog } from './testing/audit.ts';
import { ChaosProxy } from './testing/chaos-proxy.ts';
import { tempDir, until } from './testing/fixtures.ts';
import { MemoryOutbox } from './testing/memory-outbox.ts';
import { addIndicator, addPost, createWorkshop } from './testing/sample-ops.ts';
import { wireClient } from './testing/wire-client.ts';

/** Everything the client still holds of its own edits, acknowledged or not. */
const heldOps = (client: SyncClient): readonly Pending[] => client.held;

describe('the real sync client, in Node, against a real host', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const closers: (() => unknown)[] = [];
  const start = (port = 0) => startHost({ dataDir: dir.dir, port, staticDir: join(dir.dir, 'no-ui'), appVersion: 'test' });
  const connected = async (options: Partial<Parameters<typeof wireClient>[0]> = {}) => {
    const wire = wireClient({ origin: host.origin, token: host.token, ...options });
    closers.push(() => wire.client.close());
    wire.client.connect();
    await until(wire.client, () => wire.client.status === 'online');
    return wire;
  };
  const newWorkshop = async (client: SyncClient) => {
    const workshopId = newId();
    client.submit(createWorkshop(workshopId));
    await until(client, () => client.pending === 0);
    return workshopId;
  };

  beforeEach(async () => {
    dir = tempDir();
    host = await start();
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await host.close();
    dir.remove();
  });

  it('a client that does not watch the library keeps none of its workshop.update ops once they are acknowledged', async () => {
    const { client } = await connected();
    const workshopId = await newWorkshop(client);
    for (let n = 0; n < 5; n++) client.submit({ type: 'workshop.update', payload: { workshopId, patch: { company: `公司${n}` } } });
    await until(client, () => client.pending === 0);
    expect(heldOps(client)).toEqual([]);

    // Watching the workshop (not the library), the edit is held until the copy has it, then let go.
    client.watchWorkshop(workshopId);
    await until(client, () => client.docView(workshopId) !== null);
    for (let n = 0; n < 5; n++) client.submit({ type: 'workshop.update', payload: { workshopId, patch: { trainer: `讲师${n}` } } });
    await until(client, () => client.pending === 0 && client.confirmedDoc(workshopId)?.workshop.trainer === '讲师4');
    expect(heldOps(client)).toEqual([]);
    expect(client.docView(workshopId)?.workshop.trainer).toBe('讲师4');
  });

  it('22 refusals of the same kind are one notice counting 22; another kind is its own notice', async () => {
    const { client } = await connected();
    const workshopId = await newWorkshop(client);
    for (let n = 0; n < 22; n++) client.submit(addIndicator(workshopId, newId(), 'tangibles', `无主指标${n}`));
    client.submit(addPost(workshopId, newId(), '名'.repeat(81)));
    await until(client, () => client.pending === 0);
    expect(client.notices).toHaveLength(2);
    expect(client.notices.find((n) => n.reason?.code === 'unknownEntity')).toMatchObject({ kind: 'rejected', opType: 'indicator.add', count: 22 });
    expect(client.notices.find((n) => n.reason?.code === 'invalid')).toMatchObject({ opType: 'post.add', count: 1 });
  });

  it('a session revoked while offline ends refused: further edits are refused with a notice, unsent ones stay in the outbox', async () => {
    const proxy = await new ChaosProxy(host.port).start();
    closers.push(() => proxy.close());
    const token = host.issueSession({ role: 'trainer', name: '助教' });
    const outbox = new MemoryOutbox();
    const { client } = await connected({ token, viaPort: proxy.port, outbox });
    const workshopId = await newWorkshop(client);

    proxy.pause();
    await until(client, () => client.status === 'offline');
    const offline = [addPost(workshopId, newId(), '离线一'), addPost(workshopId, newId(), '离线二'), addPost(workshopId, newId(), '离线三')];
    const sent = offline.map((op) => client.submit(op));
    revokeSession(host.db, sessionByToken(host.db, token)!.sessionId);
    proxy.resume();

    await until(client, () => client.status === 'refused', 10_000);
    expect(client.canEdit).toBe(false);
    expect(client.submit(addPost(workshopId, newId(), '被拒之后'))).toBeNull();
    expect(client.notices.at(-1)).toMatchObject({ kind: 'rejected', reason: { code: 'unauthorized' }, opType: 'post.add' });
    expect([...outbox.saved.keys()].sort()).toEqual([...sent].sort());
    expect(Object.keys(loadDoc(host.db, workshopId)!.posts)).toEqual([]);
  }, 20_000);

  it('after a host restart on the same data and port, the same client gets back in and its offline edits are stored once', async () => {
    const outbox = new MemoryOutbox();
    const token = host.issueSession({ role: 'trainer', name: '讲师' });
    const { client } = await connected({ token, outbox });
    const workshopId = await newWorkshop(client);
    client.watchWorkshop(workshopId);
    await until(client, () => client.docView(workshopId) !== null);

    const port = host.port;
    await host.close();
    await until(client, () => client.status === 'offline');
    const postId = newId();
    const typed = [addPost(workshopId, postId, '主机停了也能写'), addIndicator(workshopId, postId, 'empathy', '主动问候', 100)].map((op) => client.submit(op)!);
    expect(client.docView(workshopId)?.posts[postId]?.name).toBe('主机停了也能写');
    // What a tab reloaded now would take back from its outbox.
    const beforeAck = new Map(outbox.saved);

    host = await start(port);
    await until(client, () => client.status === 'online' && client.pending === 0, 15_000);
    await until(client, () => client.confirmedDoc(workshopId)?.posts[postId] !== undefined);
    expect(outbox.saved.size).toBe(0);

    // The reloaded tab sends them again: acknowledged as duplicates, not applied twice.
    const reloaded = new MemoryOutbox();
    for (const [opId, p] of beforeAck) reloaded.put({ ...p, op: { ...p.op, opId } });
    const again = wireClient({ origin: host.origin, token, outbox: reloaded });
    closers.push(() => again.client.close());
    await again.client.restore();
    again.client.connect();
    await until(again.client, () => again.client.status === 'online' && again.client.pending === 0);
    expect(again.acks.map((a) => a.duplicate)).toEqual([true, true]);

    const log = changeLog(host.db);
    for (const opId of typed) expect(log.filter((c) => c.opId === opId)).toHaveLength(1);
    const doc = loadDoc(host.db, workshopId)!;
    expect(Object.values(doc.posts).map((p) => p.name)).toEqual(['主机停了也能写']);
    expect(Object.values(doc.indicators).map((i) => i.name)).toEqual(['主动问候']);
    expect(client.confirmedDoc(workshopId)).toEqual(doc);
  }, 30_000);
});
