import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { standardState } from '../../shared/deliverables/standard/view.ts';
import type { RunningHost } from './host.ts';
import { readLibrary, readWorkshopState } from './store/read-model.ts';
import { RawClient, startTestHost, tempDir } from './testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop, indicatorFields } from './testing/sample-ops.ts';

/** Every refusal must name its reason, store nothing, and leave what was stored intact. */
describe('bad input is refused with a reason, and nothing stored is lost', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let raw: RawClient;
  const workshopId = newId();
  const otherWorkshopId = newId();
  const postId = newId();
  const otherPostId = newId();
  const indicatorId = newId();
  let before: unknown;

  const send = async (op: object) => {
    raw.send({ type: 'op', op });
    return raw.next('reject');
  };
  const op = <T extends object>(input: T) => ({ opId: newId(), ...input });
  /** Everything stored but the edit timestamps (the replay test legitimately edits and restores one field). */
  const storedContent = () =>
    JSON.parse(
      JSON.stringify({ library: readLibrary(host.db), a: readWorkshopState(host.db, workshopId), b: readWorkshopState(host.db, otherWorkshopId) }),
      (key, value) => (key === 'updatedAt' ? undefined : value),
    );

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    raw = await RawClient.open(host.origin, host.token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'raw' });
    await raw.next('welcome');
    for (const input of [
      createWorkshop(workshopId),
      createWorkshop(otherWorkshopId, '另一个工作坊'),
      addPost(workshopId, postId),
      addPost(otherWorkshopId, otherPostId, '客服专员'),
      addIndicator(workshopId, postId, 'tangibles', '着装规范', 100, indicatorId),
    ]) {
      raw.send({ type: 'op', op: op(input) });
      expect((await raw.next('ack')).duplicate).toBe(false);
    }
    before = storedContent();
  });

  afterAll(async () => {
    // Whatever was thrown at it, the stored data is exactly what it was.
    expect(storedContent()).toEqual(before);
    raw.close();
    await host.close();
    dir.remove();
  });

  it('wrong types', async () => {
    const r = await send(op({ type: 'dimension.setWeight', payload: { workshopId, postId, dimension: 'empathy', weight: '30' } }));
    expect(r.reason).toMatchObject({ code: 'invalid', path: 'payload.weight', rule: 'notANumber' });
    const unknownType = await send(op({ type: 'post.explode', payload: { workshopId } }));
    expect(unknownType.reason.code).toBe('invalid');
    const extra = await send(op({ type: 'post.remove', payload: { workshopId, postId, sneaky: true } }));
    expect(extra.reason.code).toBe('invalid');
  });

  it('unknown ids', async () => {
    expect((await send(op({ type: 'post.update', payload: { workshopId, postId: newId(), patch: { name: '新名' } } }))).reason.code).toBe(
      'unknownEntity',
    );
    expect((await send(op({ type: 'post.remove', payload: { workshopId: newId(), postId } }))).reason.code).toBe('unknownWorkshop');
    expect((await send(op({ type: 'indicator.remove', payload: { workshopId, indicatorId: newId() } }))).reason.code).toBe(
      'unknownEntity',
    );
  });

  it('ids of another workshop (an op sees only its own workshop, where they do not exist)', async () => {
    const r = await send(op({ type: 'post.update', payload: { workshopId, postId: otherPostId, patch: { name: '篡改' } } }));
    expect(r.reason.code).toBe('unknownEntity');
    const r2 = await send(op({ type: 'indicator.update', payload: { workshopId: otherWorkshopId, indicatorId, patch: { weight: 1 } } }));
    expect(r2.reason.code).toBe('unknownEntity');
    const r3 = await send(op(addIndicator(otherWorkshopId, postId, 'empathy', '越界')));
    expect(r3.reason.code).toBe('unknownEntity');
    // A batch may not reach into another workshop either.
    const r4 = await send(
      op({ type: 'batch', payload: { workshopId, ops: [{ type: 'post.update', payload: { workshopId: otherWorkshopId, postId: otherPostId, patch: { name: '篡改' } } }] } }),
    );
    expect(r4.reason.code).toBe('wrongWorkshop');
  });

  it('text over the stated limit', async () => {
    const r = await send(op({ type: 'post.update', payload: { workshopId, postId, patch: { name: '长'.repeat(LIMITS.shortText + 1) } } }));
    expect(r.reason).toMatchObject({ code: 'invalid', path: 'payload.patch.name', rule: 'tooLong', limit: LIMITS.shortText });
    const long = await send(
      op({ type: 'indicator.update', payload: { workshopId, indicatorId, patch: { description: 'x'.repeat(LIMITS.longText + 1) } } }),
    );
    expect(long.reason).toMatchObject({ rule: 'tooLong', limit: LIMITS.longText });
    const empty = await send(op({ type: 'post.update', payload: { workshopId, postId, patch: { name: '   ' } } }));
    expect(empty.reason).toMatchObject({ rule: 'required' });
  });

  it('weights that are negative, NaN or over 100', async () => {
    const setWeight = (weight: unknown) =>
      send(op({ type: 'dimension.setWeight', payload: { workshopId, postId, dimension: 'tangibles', weight } }));
    expect((await setWeight(-5)).reason.rule).toBe('negative');
    expect((await setWeight(100.5)).reason.rule).toBe('over100');
    expect((await setWeight(null)).reason.rule).toBe('notANumber'); // what JSON makes of NaN
    expect((await setWeight(1e999)).reason.rule).toBe('notANumber'); // JSON's Infinity overflow is null too
    const r = await send(op({ type: 'indicator.add', payload: { ...addIndicator(workshopId, postId, 'empathy', '主动问候').payload, fields: indicatorFields('主动问候', -1) } }));
    expect(r.reason).toMatchObject({ path: 'payload.fields.weight', rule: 'negative' });
  });

  it('a course that ends before it starts', async () => {
    const r = await send(op({ type: 'workshop.update', payload: { workshopId, patch: { endDate: '2026-11-30' } } }));
    expect(r.reason).toMatchObject({ code: 'invalid', path: 'payload.patch.endDate', rule: 'endBeforeStart' });
    const created = createWorkshop(newId());
    const bad = { ...created, payload: { ...created.payload, fields: { ...(created.payload as { fields: object }).fields, startDate: '2026-12-05' } } };
    expect((await send(op(bad))).reason.rule).toBe('endBeforeStart');
  });

  it('a replayed opId is acknowledged once and never applied twice; reusing it for another op is refused', async () => {
    const first = op({ type: 'post.update', payload: { workshopId, postId, patch: { description: '接待来访客户' } } });
    raw.send({ type: 'op', op: first });
    const ack = await raw.next('ack');
    raw.send({ type: 'op', op: first });
    const replay = await raw.next('ack');
    expect(replay).toMatchObject({ opId: first.opId, seq: ack.seq, duplicate: true });
    const reused = await send({ ...first, payload: { ...first.payload, patch: { description: '别的内容' } } });
    expect(reused.reason.code).toBe('opIdReused');
    expect(readWorkshopState(host.db, workshopId)?.posts[0].description).toBe('接待来访客户');
    // Put it back so the final comparison holds.
    raw.send({ type: 'op', op: op({ type: 'post.update', payload: { workshopId, postId, patch: { description: '' } } }) });
    await raw.next('ack');
  });

  it('a malformed frame gets an error and the connection stays usable', async () => {
    raw.send('{not json');
    expect((await raw.next('error')).reason.code).toBe('malformed');
    raw.send({ type: 'teleport' });
    expect((await raw.next('error')).reason.code).toBe('malformed');
    raw.send({ type: 'subscribe', scope: { kind: 'library' } });
    expect((await raw.next('snapshot')).state.workshops.length).toBeGreaterThan(0);
  });

  it('a 10 MB message closes that connection (1009) and the host keeps serving others', async () => {
    const big = await RawClient.open(host.origin, host.token);
    big.send({ type: 'op', op: op({ type: 'post.update', payload: { workshopId, postId, patch: { description: 'x'.repeat(10 * 1024 * 1024) } } }) });
    expect(await big.closed()).toBe(1009);
    raw.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    expect(standardState((await raw.next('doc')).doc)).toEqual(readWorkshopState(host.db, workshopId));
  });

  it('ops before hello are refused as malformed, not applied', async () => {
    const early = await RawClient.open(host.origin, host.token);
    early.send({ type: 'op', op: op(addPost(workshopId)) });
    expect((await early.next('error')).reason.code).toBe('malformed');
    early.close();
  });
});
