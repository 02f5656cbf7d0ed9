import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import type { OpInput } from '../../shared/protocol/ops.ts';
import type { RunningHost } from './host.ts';
import { loadDoc } from './store/doc-store.ts';
import { readLibrary } from './store/read-model.ts';
import { changeLog } from './testing/audit.ts';
import { RawClient, startTestHost, tempDir } from './testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from './testing/sample-ops.ts';
import { Speaker } from './testing/speaker.ts';

/**
 * Who may change what: a member edits the workshop-wide work and their own team's, a viewer nothing, and only the
 * trainer runs the workshop itself. Every refusal is proven on the wire and in the database (nothing stored).
 */
describe('sessions, roles and teams on the host', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let trainer: Speaker;
  const A = newId();
  const B = newId();
  const team1 = newId();
  const team2 = newId();
  const art1 = newId();
  const art2 = newId();
  const post1 = newId();
  const post2 = newId();
  const postB = newId();
  const ind1 = newId();
  const ind2 = newId();
  const speakers: Speaker[] = [];
  const as = async (grant: Parameters<RunningHost['issueSession']>[0]) => {
    const s = await Speaker.open(host.origin, host.issueSession(grant));
    speakers.push(s);
    return s;
  };

  /** The whole library as stored, and how many changes were logged. */
  const stored = () => ({ a: loadDoc(host.db, A), b: loadDoc(host.db, B), library: readLibrary(host.db), log: changeLog(host.db).length });

  /** The op is refused (with `code`), and the library, both workshops and the change log are exactly as before. */
  const refused = async (who: Speaker, op: OpInput, code = 'forbidden') => {
    const before = stored();
    const answer = await who.send(op);
    expect(answer, op.type).toMatchObject({ type: 'reject', reason: { code } });
    expect(stored()).toEqual(before);
  };
  const accepted = async (who: Speaker, op: OpInput) => {
    const before = changeLog(host.db).length;
    expect(await who.send(op), op.type).toMatchObject({ type: 'ack', duplicate: false });
    expect(changeLog(host.db).length).toBe(before + 1);
  };

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    trainer = await Speaker.open(host.origin, host.token, 'trainer');
    for (const op of [
      createWorkshop(A),
      createWorkshop(B, '另一个班'),
      { type: 'team.add', payload: { workshopId: A, teamId: team1, fields: { name: '第一组' } } },
      { type: 'team.add', payload: { workshopId: A, teamId: team2, fields: { name: '第二组' } } },
      { type: 'artifact.add', payload: { workshopId: A, artifactId: art1, deliverable: 'standard', fields: { title: '一组的标准', teamId: team1 } } },
      { type: 'artifact.add', payload: { workshopId: A, artifactId: art2, deliverable: 'standard', fields: { title: '二组的标准', teamId: team2 } } },
      { type: 'post.add', payload: { workshopId: A, artifactId: art1, postId: post1, fields: { name: '前台', description: '' } } },
      { type: 'post.add', payload: { workshopId: A, artifactId: art2, postId: post2, fields: { name: '客房', description: '' } } },
      addPost(B, postB, '礼宾'),
      addIndicator(A, post1, 'tangibles', '着装规范', 100, ind1),
      addIndicator(A, post2, 'tangibles', '房间整洁', 100, ind2),
    ] as OpInput[])
      expect(await trainer.send(op)).toMatchObject({ type: 'ack' });
  });

  afterAll(async () => {
    for (const s of [trainer, ...speakers]) s.close();
    await host.close();
    dir.remove();
  });

  it('a member cannot touch another team’s artifact, not even hidden in a batch', async () => {
    const member = await as({ role: 'member', workshopId: A, teamId: team1 });
    await refused(member, { type: 'post.add', payload: { workshopId: A, artifactId: art2, postId: newId(), fields: { name: '偷加', description: '' } } });
    await refused(member, { type: 'indicator.update', payload: { workshopId: A, indicatorId: ind2, patch: { weight: 1 } } });
    await refused(member, { type: 'post.remove', payload: { workshopId: A, postId: post2 } });
    await refused(member, { type: 'weights.balance', payload: { workshopId: A, postId: post2, dimension: 'tangibles' } });
    await refused(member, { type: 'artifact.add', payload: { workshopId: A, artifactId: newId(), deliverable: 'standard', fields: { title: '冒名', teamId: team2 } } });
    // Own edits first, the other team's last: the whole batch goes, the own edits with it.
    await refused(member, {
      type: 'batch',
      payload: {
        workshopId: A,
        ops: [
          { type: 'post.update', payload: { workshopId: A, postId: post1, patch: { name: '改了自己的' } } },
          { type: 'indicator.update', payload: { workshopId: A, indicatorId: ind1, patch: { weight: 50 } } },
          { type: 'indicator.update', payload: { workshopId: A, indicatorId: ind2, patch: { weight: 0 } } },
        ],
      },
    });
  });

  it('a viewer edits nothing, not even the workshop-wide standard', async () => {
    const viewer = await as({ role: 'viewer', workshopId: A });
    await refused(viewer, addPost(A, newId(), '围观者加的'));
    await refused(viewer, { type: 'post.update', payload: { workshopId: A, postId: post1, patch: { name: '围观者改的' } } });
    await refused(viewer, { type: 'indicator.update', payload: { workshopId: A, indicatorId: ind1, patch: { weight: 3 } } });
  });

  it('a member cannot create, copy or delete a workshop, nor send the trainer’s ops', async () => {
    const member = await as({ role: 'member', workshopId: A, teamId: team1 });
    await refused(member, createWorkshop(newId(), '成员建的'));
    await refused(member, { type: 'workshop.duplicate', payload: { workshopId: A, newWorkshopId: newId(), name: '成员的副本' } });
    await refused(member, { type: 'workshop.delete', payload: { workshopId: A } });
    await refused(member, { type: 'workshop.update', payload: { workshopId: A, patch: { name: '成员改的名' } } });
    await refused(member, { type: 'team.add', payload: { workshopId: A, teamId: newId(), fields: { name: '第三组' } } });
    await refused(member, { type: 'team.update', payload: { workshopId: A, teamId: team1, patch: { name: '自封' } } });
    // Not even their own team's artifact: removing work is the trainer's call.
    await refused(member, { type: 'artifact.remove', payload: { workshopId: A, artifactId: art1 } });
    await refused(member, { type: 'artifact.update', payload: { workshopId: A, artifactId: art1, patch: { teamId: null } } });
  });

  it('a member of workshop A cannot edit workshop B, directly or through ids of B in an op of A', async () => {
    const member = await as({ role: 'member', workshopId: A, teamId: team1 });
    await refused(member, addPost(B, newId(), '跨班'));
    await refused(member, { type: 'post.update', payload: { workshopId: B, postId: postB, patch: { name: '跨班改' } } });
    await refused(member, { type: 'post.add', payload: { workshopId: A, artifactId: B, postId: newId(), fields: { name: '借道', description: '' } } }, 'unknownEntity');
    await refused(member, { type: 'post.update', payload: { workshopId: A, postId: postB, patch: { name: '借道改' } } }, 'unknownEntity');
    await refused(
      member,
      { type: 'batch', payload: { workshopId: A, ops: [{ type: 'post.update', payload: { workshopId: B, postId: postB, patch: { name: '夹带' } } }] } },
      'wrongWorkshop',
    );
  });

  it('a member may not watch the library or another workshop, and gets nothing from either', async () => {
    const raw = await RawClient.open(host.origin, host.issueSession({ role: 'member', workshopId: A, teamId: team1 }));
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'm' });
    await raw.next('welcome');
    raw.send({ type: 'subscribe', scope: { kind: 'library' } });
    expect((await raw.next('error')).reason.code).toBe('forbidden');
    raw.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: B } });
    expect((await raw.next('error')).reason.code).toBe('forbidden');
    // Its own workshop it may watch; the answer is A's doc, and nothing about B or the library came before it.
    raw.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: A } });
    expect((await raw.next('doc')).workshopId).toBe(A);
    expect(raw.messages.filter((m) => m.type === 'snapshot' || m.type === 'doc' || m.type === 'changes' || m.type === 'change')).toEqual([]);
    raw.close();
  });

  it('what a member may do: edit the workshop-wide standard and their own team’s work', async () => {
    const member = await as({ role: 'member', workshopId: A, teamId: team1 });
    const shared = newId();
    await accepted(member, addPost(A, shared, '全班共建的岗位'));
    await accepted(member, addIndicator(A, shared, 'empathy', '主动问候', 100));
    await accepted(member, { type: 'post.add', payload: { workshopId: A, artifactId: art1, postId: newId(), fields: { name: '本组岗位', description: '' } } });
    await accepted(member, { type: 'indicator.update', payload: { workshopId: A, indicatorId: ind1, patch: { weight: 60 } } });
    await accepted(member, { type: 'artifact.add', payload: { workshopId: A, artifactId: newId(), deliverable: 'standard', fields: { title: '本组第二份', teamId: team1 } } });
    await accepted(member, {
      type: 'batch',
      payload: { workshopId: A, ops: [{ type: 'weights.balance', payload: { workshopId: A, postId: post1, dimension: 'tangibles' } }] },
    });
    expect(loadDoc(host.db, A)?.indicators[ind1].weight).toBe(100);
  });

  it('content edits do not reach the library feed; workshop details, creation and deletion do', async () => {
    const library = await RawClient.open(host.origin, host.token);
    library.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'library' });
    await library.next('welcome');
    library.send({ type: 'subscribe', scope: { kind: 'library' } });
    await library.next('snapshot');
    const member = await as({ role: 'member', workshopId: A, teamId: team1 });
    await accepted(member, addPost(A, newId(), '不该进列表'));
    await accepted(trainer, { type: 'indicator.update', payload: { workshopId: A, indicatorId: ind2, patch: { name: '也不该进' } } });
    // Changes reach a socket in seq order: the first one the library hears must be this rename, not the edits above.
    await accepted(trainer, { type: 'workshop.update', payload: { workshopId: A, patch: { name: '改名后的班' } } });
    expect((await library.next('change')).change.op.type).toBe('workshop.update');
    const fresh = newId();
    await accepted(trainer, createWorkshop(fresh, '新班'));
    expect((await library.next('change')).change.library?.put?.id).toBe(fresh);
    await accepted(trainer, addPost(fresh, newId(), '新班的岗位'));
    await accepted(trainer, { type: 'workshop.delete', payload: { workshopId: fresh } });
    expect((await library.next('change')).change).toMatchObject({ workshopId: fresh, library: { del: true } });
    expect(library.messages.filter((m) => m.type === 'change')).toEqual([]);
    library.close();
  });
});
