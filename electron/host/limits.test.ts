import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import type { OpInput, SubOp } from '../../shared/protocol/ops.ts';
import type { RunningHost } from './host.ts';
import { loadDoc } from './store/doc-store.ts';
import { readLibrary } from './store/read-model.ts';
import { changeLog } from './testing/audit.ts';
import { RawClient, startTestHost, tempDir } from './testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from './testing/sample-ops.ts';
import { Speaker } from './testing/speaker.ts';

/** Each limit the README states: reached exactly, then refused one past it with the limit named, nothing stored. */
describe('every stated limit holds on the host', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let trainer: Speaker;

  const fresh = async () => {
    const id = newId();
    expect(await trainer.send(createWorkshop(id))).toMatchObject({ type: 'ack' });
    return id;
  };
  const stored = () => ({ library: readLibrary(host.db), log: changeLog(host.db).length, docs: readLibrary(host.db).workshops.map((w) => loadDoc(host.db, w.id)) });
  const accept = async (op: OpInput) => expect(await trainer.send(op), op.type).toMatchObject({ type: 'ack' });
  const refuse = async (op: OpInput, reason: object) => {
    const before = stored();
    expect(await trainer.send(op)).toMatchObject({ type: 'reject', reason });
    expect(stored()).toEqual(before);
  };
  const batch = (workshopId: string, ops: OpInput[]): OpInput => ({ type: 'batch', payload: { workshopId, ops: ops as SubOp[] } });

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    trainer = await Speaker.open(host.origin, host.token, 'trainer');
  });
  afterAll(async () => {
    trainer.close();
    await host.close();
    dir.remove();
  });

  it(`${LIMITS.postsPerWorkshop} posts per workshop, counted over all its standards`, async () => {
    const w = await fresh();
    const teamArtifact = newId();
    await accept({ type: 'artifact.add', payload: { workshopId: w, artifactId: teamArtifact, deliverable: 'standard', fields: { title: '组', teamId: null } } });
    await accept(batch(w, Array.from({ length: LIMITS.postsPerWorkshop - 1 }, (_, n) => addPost(w, newId(), `岗位${n}`))));
    await accept({ type: 'post.add', payload: { workshopId: w, artifactId: teamArtifact, postId: newId(), fields: { name: '第三十个', description: '' } } });
    const full = { code: 'limitReached', limit: LIMITS.postsPerWorkshop };
    await refuse(addPost(w, newId(), '第三十一个'), full);
    await refuse({ type: 'post.add', payload: { workshopId: w, artifactId: teamArtifact, postId: newId(), fields: { name: '换个标准也不行', description: '' } } }, full);
  });

  it(`${LIMITS.indicatorsPerDimension} indicators per dimension, also by moving one into a full dimension`, async () => {
    const w = await fresh();
    const post = newId();
    const elsewhere = newId();
    await accept(addPost(w, post));
    await accept(batch(w, Array.from({ length: LIMITS.indicatorsPerDimension }, (_, n) => addIndicator(w, post, 'tangibles', `指标${n}`, 5))));
    await accept(addIndicator(w, post, 'empathy', '在别处', 100, elsewhere));
    const full = { code: 'limitReached', limit: LIMITS.indicatorsPerDimension };
    await refuse(addIndicator(w, post, 'tangibles', '第二十一个', 5), full);
    await refuse({ type: 'indicator.move', payload: { workshopId: w, indicatorId: elsewhere, dimension: 'tangibles', order: 'a0V' } }, full);
    // Reordering inside the full dimension is not adding to it.
    const inside = Object.values(loadDoc(host.db, w)!.indicators).find((i) => i.dimension === 'tangibles')!;
    await accept({ type: 'indicator.move', payload: { workshopId: w, indicatorId: inside.id, dimension: 'tangibles', order: 'Zz' } });
  });

  it(`${LIMITS.teamsPerWorkshop} teams and ${LIMITS.artifactsPerWorkshop} artifacts per workshop`, async () => {
    const w = await fresh();
    const team = (n: number): OpInput => ({ type: 'team.add', payload: { workshopId: w, teamId: newId(), fields: { name: `第${n}组` } } });
    await accept(batch(w, Array.from({ length: LIMITS.teamsPerWorkshop }, (_, n) => team(n))));
    await refuse(team(99), { code: 'limitReached', limit: LIMITS.teamsPerWorkshop });
    const artifact = (): OpInput => ({ type: 'artifact.add', payload: { workshopId: w, artifactId: newId(), deliverable: 'standard', fields: { title: '方案', teamId: null } } });
    // The workshop-wide standard is the first of its artifacts.
    await accept(batch(w, Array.from({ length: LIMITS.artifactsPerWorkshop - 1 }, artifact)));
    await refuse(artifact(), { code: 'limitReached', limit: LIMITS.artifactsPerWorkshop });
  });

  it(`${LIMITS.opsPerBatch} ops per batch`, async () => {
    const w = await fresh();
    const post = newId();
    await accept(addPost(w, post));
    const setWeight = (n: number): OpInput => ({ type: 'dimension.setWeight', payload: { workshopId: w, postId: post, dimension: 'empathy', weight: n % 100 } });
    await accept(batch(w, Array.from({ length: LIMITS.opsPerBatch }, (_, n) => setWeight(n))));
    await refuse(batch(w, Array.from({ length: LIMITS.opsPerBatch + 1 }, (_, n) => setWeight(n))), { code: 'invalid', path: 'payload.ops', rule: 'tooMany' });
  });

  it(`names ${LIMITS.shortText} and descriptions ${LIMITS.longText} characters`, async () => {
    const w = await fresh();
    const post = (name: string, description: string): OpInput => ({ type: 'post.add', payload: { workshopId: w, artifactId: w, postId: newId(), fields: { name, description } } });
    await accept(post('名'.repeat(LIMITS.shortText), '述'.repeat(LIMITS.longText)));
    await refuse(post('名'.repeat(LIMITS.shortText + 1), ''), { code: 'invalid', path: 'payload.fields.name', rule: 'tooLong', limit: LIMITS.shortText });
    await refuse(post('岗位', '述'.repeat(LIMITS.longText + 1)), { code: 'invalid', path: 'payload.fields.description', rule: 'tooLong', limit: LIMITS.longText });
    await refuse({ type: 'workshop.update', payload: { workshopId: w, patch: { name: 'n'.repeat(LIMITS.shortText + 1) } } }, { code: 'invalid', rule: 'tooLong' });
    await refuse({ type: 'team.add', payload: { workshopId: w, teamId: newId(), fields: { name: '组'.repeat(LIMITS.shortText + 1) } } }, { code: 'invalid', rule: 'tooLong' });
  });

  it(`frames up to ${LIMITS.frameBytes / 1024} KiB are read; one byte more closes the connection (1009)`, async () => {
    const frame = (bytes: number) => {
      const shell = JSON.stringify({ type: 'name', name: '' });
      return shell.replace('""', `"${'x'.repeat(bytes - shell.length)}"`);
    };
    const raw = await RawClient.open(host.origin, host.token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'big' });
    await raw.next('welcome');
    raw.send(frame(LIMITS.frameBytes));
    // Read and answered (the name is too long for the protocol), and the socket still works.
    expect((await raw.next('error')).reason.code).toBe('malformed');
    raw.send({ type: 'subscribe', scope: { kind: 'library' } });
    await raw.next('snapshot');
    raw.send(frame(LIMITS.frameBytes + 1));
    expect(await raw.closed()).toBe(1009);
  });
});
