import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyBetween } from '../../shared/core/order.ts';
import { newId } from '../../shared/domain/ids.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import type { OpInput, SubOp } from '../../shared/protocol/ops.ts';
import type { RunningHost } from './host.ts';
import { loadDoc } from './store/doc-store.ts';
import { changeLog } from './testing/audit.ts';
import { spyOnCommits } from './testing/commit-spy.ts';
import { RawClient, startTestHost, tempDir } from './testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from './testing/sample-ops.ts';
import { Speaker } from './testing/speaker.ts';

describe('batches, fractional order, the volatile channel and group commit', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let trainer: Speaker;
  const open: { close(): void }[] = [];
  const workshopId = newId();
  const postId = newId();

  /** A socket that watches the workshop, as another person's page does. */
  const watcher = async (name: string) => {
    const raw = await RawClient.open(host.origin, host.token);
    open.push(raw);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name });
    await raw.next('welcome');
    raw.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    await raw.next('doc');
    return raw;
  };
  const stored = () => ({ doc: loadDoc(host.db, workshopId), log: changeLog(host.db).length });

  beforeEach(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    trainer = await Speaker.open(host.origin, host.token, 'trainer');
    open.push(trainer);
    for (const op of [createWorkshop(workshopId), addPost(workshopId, postId)]) expect(await trainer.send(op)).toMatchObject({ type: 'ack' });
  });
  afterEach(async () => {
    open.splice(0).forEach((s) => s.close());
    await host.close();
    dir.remove();
  });

  it('a batch is one transaction, one change-log row and one broadcast', async () => {
    const other = await watcher('other');
    const spy = spyOnCommits(host.db);
    try {
      const adds = ['着装规范', '主动问候', '首问负责', '响应时效', '一次解决率', '回访满意度'].map((name) => addIndicator(workshopId, postId, 'assurance', name, 10));
      const ops = [...adds, { type: 'weights.balance', payload: { workshopId, postId, dimension: 'assurance' } }] as SubOp[];
      const before = changeLog(host.db).length;
      expect(await trainer.send({ type: 'batch', payload: { workshopId, ops } })).toMatchObject({ type: 'ack' });
      expect(spy.events.filter((e) => e.kind === 'commit')).toHaveLength(1);
      expect(changeLog(host.db).length).toBe(before + 1);
      const { change } = await other.next('change');
      expect(change.effect?.put.indicators?.map((i) => i.weight)).toEqual([17, 17, 17, 17, 16, 16]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(other.messages.filter((m) => m.type === 'change')).toEqual([]);
    } finally {
      spy.restore();
    }
  });

  it('a batch is all or nothing: one bad op refuses it whole, and nothing of it is stored', async () => {
    const before = stored();
    const good = (name: string) => addIndicator(workshopId, postId, 'tangibles', name, 50) as SubOp;
    const cases: [SubOp[], string][] = [
      [[good('一'), good('二'), { type: 'indicator.remove', payload: { workshopId, indicatorId: newId() } }], 'unknownEntity'],
      [[good('一'), { type: 'post.update', payload: { workshopId, postId, patch: { name: '' } } }, good('二')], 'invalid'],
      [[{ type: 'post.remove', payload: { workshopId, postId } }, good('孤儿')], 'unknownEntity'],
    ];
    for (const [ops, code] of cases) {
      expect(await trainer.send({ type: 'batch', payload: { workshopId, ops } })).toMatchObject({ type: 'reject', reason: { code } });
      expect(stored()).toEqual(before);
    }
  });

  it('inserts at the same place at once and moves never renumber the siblings', async () => {
    const ids = [newId(), newId(), newId()];
    for (const [n, id] of ids.entries()) await trainer.send(addIndicator(workshopId, postId, 'empathy', `原有${n}`, 30, id));
    const keys = () => Object.fromEntries(Object.values(loadDoc(host.db, workshopId)!.indicators).map((i) => [i.id, i.order]));
    const before = keys();
    const between = keyBetween(before[ids[0]], before[ids[1]]);
    const second = await Speaker.open(host.origin, host.issueSession({ role: 'trainer' }), 'second');
    open.push(second);
    // Both computed the same place from the same view and send at once.
    const [a, b] = [newId(), newId()];
    const insert = (id: string, name: string): OpInput => {
      const op = addIndicator(workshopId, postId, 'empathy', name, 5, id) as OpInput & { type: 'indicator.add' };
      return { ...op, payload: { ...op.payload, order: between } };
    };
    const answers = await Promise.all([trainer.send(insert(a, '甲插入')), second.send(insert(b, '乙插入'))]);
    expect(answers.map((x) => x.type)).toEqual(['ack', 'ack']);
    await trainer.send({ type: 'indicator.move', payload: { workshopId, indicatorId: ids[2], dimension: 'empathy', order: keyBetween(null, before[ids[0]]) } });
    const after = keys();
    for (const id of ids.slice(0, 2)) expect(after[id]).toBe(before[id]);
    // Each change wrote only its own row: no sibling was renumbered.
    for (const c of changeLog(host.db).slice(-3)) expect(c.effect?.put.indicators).toHaveLength(1);
    const order = Object.values(loadDoc(host.db, workshopId)!.indicators)
      .sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : x.id < y.id ? -1 : 1))
      .map((i) => i.id);
    expect(order).toEqual([ids[2], ids[0], ...[a, b].sort(), ids[1]]);
  });

  it('volatile messages reach the others, are throttled per sender and are never stored', async () => {
    const [dragger, other, listener] = [await watcher('drag'), await watcher('other'), await watcher('listener')];
    const before = stored();
    const size = () => (host.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    const pages = size();
    const move = (x: number) => ({ type: 'volatile', workshopId, data: { kind: 'drag', entityId: postId, x, y: 0 } });
    for (let x = 0; x < 200; x++) dragger.send(move(x));
    for (let x = 0; x < 5; x++) other.send(move(1000 + x));
    // A presence update sent after the drags reaches the listener after everything relayed before it.
    other.send({ type: 'presence', workshopId, editing: { entityId: postId, field: 'name' } });
    for (;;) {
      const news = await listener.next('peer');
      if (news.peer.editing?.field === 'name') break;
    }
    const relayed = listener.messages.filter((m) => m.type === 'volatile') as { data: { x: number } }[];
    const fromDragger = relayed.filter((m) => m.data.x < 1000).length;
    expect(fromDragger).toBeGreaterThan(0);
    // 30 a second; a burst that straddles a second boundary may use two seconds' budgets.
    expect(fromDragger).toBeLessThanOrEqual(60);
    expect(relayed.filter((m) => m.data.x >= 1000)).toHaveLength(5);
    expect(dragger.messages.some((m) => m.type === 'volatile' && (m.data as { x: number }).x < 1000)).toBe(false);
    expect(stored()).toEqual(before);
    expect(size()).toBe(pages);
  });

  it('ops from many senders queued together commit together, and each is acknowledged only after its commit', async () => {
    const senders = await Promise.all(Array.from({ length: 8 }, async (_, n) => {
      const raw = await RawClient.open(host.origin, host.issueSession({ role: 'trainer' }));
      open.push(raw);
      raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: `sender-${n}-${newId()}`, name: `s${n}` });
      await raw.next('welcome');
      return raw;
    }));
    const spy = spyOnCommits(host.db);
    try {
      const opIds: string[] = [];
      for (const [n, raw] of senders.entries()) {
        for (let k = 0; k < 25; k++) {
          const opId = newId();
          opIds.push(opId);
          raw.send({ type: 'op', op: { opId, type: 'dimension.setWeight', payload: { workshopId, postId, dimension: 'empathy', weight: n + k } } });
        }
      }
      for (const raw of senders) for (let k = 0; k < 25; k++) await raw.next('ack');
      const commits = spy.events.filter((e) => e.kind === 'commit');
      const committedIn = new Map<string, number>();
      spy.events.forEach((e, at) => e.kind === 'commit' && e.opIds.forEach((id) => committedIn.set(id, at)));
      expect(new Set(committedIn.keys())).toEqual(new Set(opIds));
      spy.events.forEach((e, at) => {
        if (e.kind === 'ack') expect(committedIn.get(e.opId)!, 'ack before its commit').toBeLessThan(at);
      });
      expect(commits.length).toBeLessThanOrEqual(opIds.length / 4);
      expect(Math.max(...commits.map((c) => (c.kind === 'commit' ? c.clients.length : 0)))).toBeGreaterThan(1);
    } finally {
      spy.restore();
    }
  });
});
