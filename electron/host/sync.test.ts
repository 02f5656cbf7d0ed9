import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import type { SyncClient } from '../../renderer/sync/client.ts';
import { readWorkshopState } from './store/read-model.ts';
import { standardState } from '../../shared/deliverables/standard/view.ts';
import type { RunningHost } from './host.ts';
import { RawClient, startTestHost, tempDir, testClient, until } from './testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from './testing/sample-ops.ts';

/** What a client shows of a workshop's 成果1, as ordered lists (null until it arrived). */
const view = (c: SyncClient, workshopId: string) => {
  const doc = c.docView(workshopId);
  return doc ? standardState(doc) : null;
};

describe('two clients on one workshop', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const clients: SyncClient[] = [];
  const client = (name: string) => {
    const c = testClient(host.origin, host.token, name);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await host.close();
    dir.remove();
  });

  it('see each other’s edits and converge on what the host stored', async () => {
    const trainer = client('讲师');
    const workshopId = newId();
    trainer.watchLibrary();
    await until(trainer, () => trainer.status === 'online');
    trainer.submit(createWorkshop(workshopId));
    await until(trainer, () => trainer.pending === 0);

    const team = client('第一组');
    trainer.watchWorkshop(workshopId);
    team.watchWorkshop(workshopId);
    await until(team, () => view(team, workshopId) !== null);
    await until(trainer, () => view(trainer, workshopId) !== null);

    const postA = newId();
    const postB = newId();
    trainer.submit(addPost(workshopId, postA, '前台接待'));
    team.submit(addPost(workshopId, postB, '维修工程师'));
    trainer.submit(addIndicator(workshopId, postA, 'tangibles', '着装规范', 60));
    team.submit(addIndicator(workshopId, postB, 'responsiveness', '上门准时率', 100));
    // Both edit the same field at once: the host's order decides, and both end up with the same value.
    trainer.submit({ type: 'dimension.setWeight', payload: { workshopId, postId: postA, dimension: 'empathy', weight: 30 } });
    team.submit({ type: 'dimension.setWeight', payload: { workshopId, postId: postA, dimension: 'empathy', weight: 10 } });

    const settled = () =>
      trainer.pending === 0 &&
      team.pending === 0 &&
      JSON.stringify(view(trainer, workshopId)) === JSON.stringify(view(team, workshopId)) &&
      (view(trainer, workshopId)?.indicators.length ?? 0) === 2;
    await until(trainer, settled);
    await until(team, settled);

    const stored = readWorkshopState(host.db, workshopId);
    expect(view(trainer, workshopId)).toEqual(stored);
    expect(stored?.posts.map((p) => p.name).sort()).toEqual(['前台接待', '维修工程师']);
    expect([10, 30]).toContain(stored?.posts.find((p) => p.id === postA)?.dimensionWeights.empathy);
    // The library view heard of the workshop too.
    expect(trainer.libraryView()?.workshops.map((w) => w.id)).toEqual([workshopId]);
  });

  it('presence shows who is in the workshop, and a new name reaches the others at once', async () => {
    const trainer = client('讲师');
    const workshopId = newId();
    trainer.submit(createWorkshop(workshopId));
    trainer.watchWorkshop(workshopId);
    await until(trainer, () => view(trainer, workshopId) !== null);
    const team = client('第一组');
    const leave = team.watchWorkshop(workshopId);
    await until(trainer, () => trainer.presence.peersOf(workshopId).some((p) => p.name === '第一组'));
    team.setName('第一组 王芳');
    await until(trainer, () => trainer.presence.peersOf(workshopId).some((p) => p.name === '第一组 王芳'));
    team.reportEditing(workshopId, { entityId: workshopId, field: 'name' });
    await until(trainer, () => trainer.presence.peersOf(workshopId)[0]?.editing?.field === 'name');
    leave();
    await until(trainer, () => trainer.presence.peersOf(workshopId).length === 0);
  });

  it('edits made offline in a workshop one has left are all there on return, even after other changes', async () => {
    const trainer = client('讲师');
    const workshopId = newId();
    trainer.watchLibrary();
    trainer.submit(createWorkshop(workshopId));
    const leave = trainer.watchWorkshop(workshopId);
    await until(trainer, () => trainer.pending === 0 && view(trainer, workshopId) !== null);

    (trainer as unknown as { socket: { close(): void } }).socket.close();
    await until(trainer, () => trainer.status === 'offline');
    trainer.submit(addPost(workshopId, newId(), '离线添加的岗位'));
    leave();
    await until(trainer, () => trainer.status === 'online' && trainer.pending === 0, 10_000);
    trainer.submit({ type: 'workshop.update', payload: { workshopId, patch: { name: '改名后的工作坊' } } });
    await until(trainer, () => trainer.pending === 0);

    const sizes: number[] = [];
    trainer.subscribe(() => sizes.push(view(trainer, workshopId)?.posts.length ?? -1));
    trainer.watchWorkshop(workshopId);
    await until(trainer, () => view(trainer, workshopId)?.workshop.name === '改名后的工作坊');
    expect(view(trainer, workshopId)?.posts.map((p) => p.name)).toEqual(['离线添加的岗位']);
    expect(sizes.every((n) => n === 1)).toBe(true);
  }, 20_000);

  it('a rejected op is rolled back on the client and a notice explains why', async () => {
    const trainer = client('讲师');
    const workshopId = newId();
    trainer.submit(createWorkshop(workshopId));
    trainer.watchWorkshop(workshopId);
    await until(trainer, () => view(trainer, workshopId) !== null);
    trainer.submit(addIndicator(workshopId, newId(), 'tangibles', '不存在的岗位下的指标'));
    await until(trainer, () => trainer.notices.length === 1 && trainer.pending === 0);
    expect(trainer.notices[0]).toMatchObject({ kind: 'rejected', reason: { code: 'unknownEntity' }, opType: 'indicator.add' });
    expect(view(trainer, workshopId)?.indicators).toEqual([]);
  });

  it('a client that missed changes while away catches up from its last seq, without a new snapshot', async () => {
    const trainer = client('讲师');
    const workshopId = newId();
    const postId = newId();
    trainer.submit(createWorkshop(workshopId));
    trainer.submit(addPost(workshopId, postId));
    await until(trainer, () => trainer.status === 'online' && trainer.pending === 0);

    const away = await RawClient.open(host.origin, host.token);
    away.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'away' });
    await away.next('welcome');
    away.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    const snapshot = await away.next('doc');
    away.close();

    for (const name of ['着装规范', '环境整洁', '工牌佩戴']) trainer.submit(addIndicator(workshopId, postId, 'tangibles', name, 33));
    await until(trainer, () => trainer.pending === 0);

    const back = await RawClient.open(host.origin, host.token);
    back.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'back' });
    await back.next('welcome');
    back.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId }, sinceSeq: snapshot.seq });
    const missed = await back.next('changes');
    expect(missed.changes.map((c) => c.op.type)).toEqual(['indicator.add', 'indicator.add', 'indicator.add']);
    expect(missed.changes.every((c) => c.seq > snapshot.seq)).toBe(true);
    expect(back.messages.some((m) => m.type === 'doc')).toBe(false);
    // Each change carries what the host stored, so the copy confirms from it.
    expect(missed.changes.map((c) => c.effect?.put.indicators?.[0]?.name)).toEqual(['着装规范', '环境整洁', '工牌佩戴']);
    back.close();
  });

  it('the real client resends its pending ops after the connection drops, and nothing is applied twice', async () => {
    const trainer = client('讲师');
    const workshopId = newId();
    const postId = newId();
    trainer.submit(createWorkshop(workshopId));
    trainer.submit(addPost(workshopId, postId));
    trainer.watchWorkshop(workshopId);
    await until(trainer, () => trainer.pending === 0 && view(trainer, workshopId) !== null);

    // Drop the socket under the client, as a Wi-Fi hiccup would, with an edit in flight.
    trainer.submit(addIndicator(workshopId, postId, 'empathy', '主动问候'));
    (trainer as unknown as { socket: { close(): void } }).socket.close();
    await until(trainer, () => trainer.status === 'offline' || trainer.pending === 0);
    await until(trainer, () => trainer.status === 'online' && trainer.pending === 0, 10_000);
    const stored = readWorkshopState(host.db, workshopId);
    expect(stored?.indicators.map((i) => i.name)).toEqual(['主动问候']);
    await until(trainer, () => view(trainer, workshopId)?.indicators.length === 1);
  }, 20_000);
});
