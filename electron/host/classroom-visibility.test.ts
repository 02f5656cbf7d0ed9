import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids.ts';
import { blankCard } from '../../shared/deliverables/journey/schemas.ts';
import { PROTOCOL_VERSION, type HostMessage } from '../../shared/protocol/messages.ts';
import type { OpInput } from '../../shared/protocol/ops.ts';
import type { RunningHost } from './host.ts';
import { sessionByToken } from './server/sessions.ts';
import { loadDoc } from './store/doc-store.ts';
import { changeLog } from './testing/audit.ts';
import { openClassroom, startClassroomHost } from './classroom/classroom-fixture.ts';
import { RawClient, tempDir, testClient, until } from './testing/fixtures.ts';
import { createWorkshop } from './testing/sample-ops.ts';

/**
 * What each member's device receives over real sockets: another team's unshared work and others' unrevealed votes and
 * answers never reach it (not in a snapshot, not in a change, not on a reconnect); sharing and revealing bring them.
 */
describe('what a member may see, on the wire', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const W = newId();
  const [teamA, teamB] = [newId(), newId()];
  const [journeyA, journeyB, stageA, stageB, cardA, cardB] = [newId(), newId(), newId(), newId(), newId(), newId()];
  const SECRET = 'B组暗号：金钥匙';
  const open: { close(): void }[] = [];

  const op = (type: string, payload: Record<string, unknown>) => ({ type, payload: { workshopId: W, ...payload } }) as OpInput;

  /** A socket that has said hello; records everything the host sends it. */
  const rawAs = async (token: string, clientId = newId()) => {
    const raw = await RawClient.open(host.origin, token);
    open.push(raw);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId, name: 'raw' });
    await raw.next('welcome');
    return raw;
  };
  /** Polls `check` until it holds (bounded), for raw sockets that have no change events to wait on. */
  const eventually = async (check: () => boolean) => {
    for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  };
  /** Sends an op and waits for its ack. */
  const send = async (raw: RawClient, input: OpInput, opId = newId()) => {
    raw.send({ type: 'op', op: { ...input, opId } });
    for (;;) {
      const answer = raw.messages.find((m) => (m.type === 'ack' || m.type === 'reject') && m.opId === opId);
      if (answer) {
        expect(answer, input.type).toMatchObject({ type: 'ack' });
        return opId;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  /** Waits until `raw` has heard the change of `opId`: everything committed before it has been delivered by then. */
  const heard = (raw: RawClient, opId: string) => eventually(() => raw.messages.some((m) => m.type === 'change' && m.change.op.opId === opId));
  const wire = (raw: RawClient) => JSON.stringify(raw.messages);

  let trainer: RawClient;
  /** A member: a session in a team, and their participant row (the host makes it on joining). */
  const member = async (teamId: string, name: string) => {
    const token = host.issueSession({ role: 'member', workshopId: W, teamId });
    const sessionId = sessionByToken(host.db, token)!.sessionId;
    await send(trainer, op('participant.join', { participantId: sessionId, name, teamId, language: 'zh-CN' }));
    return { token, sessionId };
  };
  const watch = async (token: string) => {
    const raw = await rawAs(token);
    raw.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: W } });
    return { raw, doc: await raw.next('doc') };
  };
  const client = async (token: string, name: string) => {
    const c = testClient(host.origin, token, name);
    open.push(c);
    c.watchWorkshop(W);
    await until(c, () => c.confirmedDoc(W) !== null);
    return c;
  };
  let a1: Awaited<ReturnType<typeof member>>;
  let a2: Awaited<ReturnType<typeof member>>;
  let b1: Awaited<ReturnType<typeof member>>;
  let b1Raw: RawClient;

  beforeAll(async () => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir);
    trainer = await rawAs(host.token);
    trainer.send({ type: 'op', op: { ...createWorkshop(W), opId: newId() } });
    await trainer.next('ack');
    for (const input of [
      op('team.add', { teamId: teamA, fields: { name: '一组' } }),
      op('team.add', { teamId: teamB, fields: { name: '二组' } }),
      op('artifact.add', { artifactId: journeyA, deliverable: 'journey', fields: { title: '一组旅程', teamId: teamA } }),
      op('artifact.add', { artifactId: journeyB, deliverable: 'journey', fields: { title: '二组旅程', teamId: teamB } }),
      op('stage.add', { artifactId: journeyA, stageId: stageA, fields: { name: '入住' } }),
      op('stage.add', { artifactId: journeyB, stageId: stageB, fields: { name: '退房' } }),
      op('card.add', { stageId: stageA, cardId: cardA, fields: blankCard('一组的前台') }),
      op('card.add', { stageId: stageB, cardId: cardB, fields: blankCard(SECRET) }),
    ])
      await send(trainer, input);
    // Participants' credentials work while their classroom is open.
    await openClassroom(host, W);
    trainer.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: W } });
    await trainer.next('doc');
    a1 = await member(teamA, '阿一');
    a2 = await member(teamA, '阿二');
    b1 = await member(teamB, '贝一');
    b1Raw = await rawAs(b1.token);
  });

  afterAll(async () => {
    for (const o of open) o.close();
    await host.close();
    dir.remove();
  });

  it('a member of team A neither receives nor finds in a snapshot team B’s journey card text', async () => {
    const { raw, doc } = await watch(a1.token);
    expect(Object.keys(doc.doc.journeyCards)).toEqual([cardA]);
    expect(doc.doc.artifacts[journeyB]).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain(SECRET);

    // Team B edits its card, then the trainer edits A's: once A has that, B's edit would have come before it.
    await send(b1Raw, op('card.update', { cardId: cardB, patch: { script: `${SECRET}（话术）` } }));
    await heard(raw, await send(trainer, op('card.update', { cardId: cardA, patch: { wow: '递上热毛巾' } })));
    expect(wire(raw)).not.toContain(SECRET);
    expect(wire(raw)).not.toContain(cardB);

    // Back after a drop: the change log since then holds B's edit, so a member gets the doc as they may see it.
    const again = await rawAs(a1.token);
    again.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: W }, sinceSeq: doc.seq });
    const fresh = await again.next('doc');
    expect(fresh.doc.journeyCards[cardA].wow).toBe('递上热毛巾');
    expect(wire(again)).not.toContain(SECRET);
    expect(again.messages.some((m) => m.type === 'changes')).toBe(false);

    // The trainer still catches up change by change, B's edit included.
    const back = await rawAs(host.token);
    back.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId: W }, sinceSeq: doc.seq });
    expect(JSON.stringify(await back.next('changes'))).toContain(`${SECRET}（话术）`);
  });

  it('a trainer’s batch over both teams reaches team A as the doc afresh: A’s part, not B’s, and no op carrying B’s text', async () => {
    const { raw } = await watch(a1.token);
    const batch = op('batch', {
      ops: [
        op('card.update', { cardId: cardB, patch: { standard: `${SECRET}（标准）` } }),
        op('card.update', { cardId: cardA, patch: { standard: '三分钟内办完入住' } }),
      ],
    });
    const opId = await send(trainer, batch);
    await eventually(() => raw.messages.some((m) => m.type === 'doc' && m.doc.journeyCards[cardA]?.standard === '三分钟内办完入住'));
    expect(wire(raw)).not.toContain(SECRET);
    expect(wire(raw)).not.toContain(opId);
  });

  it('after the trainer shares team B, team A’s client holds B’s cards and follows B’s edits; unsharing takes them away', async () => {
    const a = await client(a1.token, '阿一');
    expect(a.confirmedDoc(W)!.journeyCards[cardB]).toBeUndefined();

    // An edit of A's own still on its way while the doc arrives afresh is neither lost nor shown twice.
    a.submit(op('card.update', { cardId: cardA, patch: { script: '您好，欢迎回家' } }));
    await send(trainer, op('classroom.update', { patch: { sharedTeamIds: [teamB] } }));
    await until(a, () => a.confirmedDoc(W)!.journeyCards[cardB]?.touchpoint === SECRET);
    await until(a, () => a.pending === 0 && a.confirmedDoc(W)!.journeyCards[cardA].script === '您好，欢迎回家');
    expect(a.docView(W)!.journeyCards[cardA].script).toBe('您好，欢迎回家');
    expect(a.confirmedDoc(W)!.artifacts[journeyB]?.teamId).toBe(teamB);

    await send(b1Raw, op('card.update', { cardId: cardB, patch: { owner: '礼宾部' } }));
    await until(a, () => a.confirmedDoc(W)!.journeyCards[cardB]?.owner === '礼宾部');

    await send(trainer, op('classroom.update', { patch: { sharedTeamIds: [] } }));
    await until(a, () => a.confirmedDoc(W)!.journeyCards[cardB] === undefined);
    expect(a.confirmedDoc(W)!.journeyStages[stageB]).toBeUndefined();
    expect(a.confirmedDoc(W)!.journeyCards[cardA]).toBeDefined();
  });

  it('a member moved to another team sees that team’s work at once, and no longer their old team’s', async () => {
    const a = await client(a2.token, '阿二');
    await send(trainer, op('participant.setTeam', { participantId: a2.sessionId, teamId: teamB }));
    await until(a, () => a.confirmedDoc(W)!.journeyCards[cardB] !== undefined && a.confirmedDoc(W)!.journeyCards[cardA] === undefined);
    await send(trainer, op('participant.setTeam', { participantId: a2.sessionId, teamId: teamA }));
    await until(a, () => a.confirmedDoc(W)!.journeyCards[cardA] !== undefined && a.confirmedDoc(W)!.journeyCards[cardB] === undefined);
  });

  it('a rename, the lock and a new poll reach a member’s phone as changes, not as the whole workshop again', async () => {
    const { raw } = await watch(a1.token);
    const rename = await send(trainer, op('participant.rename', { participantId: b1.sessionId, name: '贝贝' }));
    const lock = await send(trainer, op('classroom.update', { patch: { locked: true } }));
    const poll = await send(
      trainer,
      op('activity.start', {
        activityId: newId(),
        fields: { kind: 'npsPoll', prompt: '您会推荐我们吗？', stepId: null, anonymous: false, votesPerPerson: 1, sourceActivityId: null, dimensions: [] },
      }),
    );
    await send(trainer, op('classroom.update', { patch: { locked: false } }));
    for (const opId of [rename, lock, poll]) await heard(raw, opId);
    expect(raw.messages.filter((m) => m.type === 'doc')).toEqual([]);
  });

  it('votes and poll answers stay with their owner until the trainer reveals them, and reach everyone after', async () => {
    const [brainstorm, dotVote, poll, note] = [newId(), newId(), newId(), newId()];
    const start = (activityId: string, fields: Record<string, unknown>) =>
      op('activity.start', {
        activityId,
        fields: { prompt: '客人最在意什么？', stepId: null, anonymous: false, votesPerPerson: 2, sourceActivityId: null, dimensions: [], ...fields },
      });
    await send(trainer, start(brainstorm, { kind: 'brainstorm' }));
    await send(trainer, op('note.add', { activityId: brainstorm, noteId: note, text: '等候时间', authorId: null, authorName: '' }));
    await send(trainer, start(dotVote, { kind: 'dotVote', sourceActivityId: brainstorm }));
    await send(trainer, start(poll, { kind: 'npsPoll' }));

    const a = await client(a1.token, '阿一');
    const { raw } = await watch(a1.token);
    const [bVote, aVote, firstAnswer, secondAnswer] = [newId(), newId(), newId(), newId()];
    await send(b1Raw, op('vote.cast', { activityId: dotVote, voteId: bVote, noteId: note, voterId: b1.sessionId }));
    await send(b1Raw, op('poll.answer', { activityId: poll, responseId: firstAnswer, respondentId: b1.sessionId, score: 9, ratings: [] }));
    // Answering again replaces the first answer: the others hear of neither.
    await send(b1Raw, op('poll.answer', { activityId: poll, responseId: secondAnswer, respondentId: b1.sessionId, score: 3, ratings: [] }));
    a.submit(op('vote.cast', { activityId: dotVote, voteId: aVote, noteId: note, voterId: a1.sessionId }));
    await until(a, () => a.confirmedDoc(W)!.votes[aVote] !== undefined);
    await heard(raw, await send(trainer, op('team.update', { teamId: teamA, patch: { name: '一组（前厅）' } })));

    expect(Object.keys(a.confirmedDoc(W)!.votes)).toEqual([aVote]);
    expect(a.confirmedDoc(W)!.responses).toEqual({});
    for (const id of [bVote, firstAnswer, secondAnswer]) expect(wire(raw)).not.toContain(id);

    await send(trainer, op('activity.update', { activityId: dotVote, patch: { revealed: true } }));
    await send(trainer, op('activity.update', { activityId: poll, patch: { revealed: true } }));
    await until(a, () => a.confirmedDoc(W)!.votes[bVote] !== undefined && a.confirmedDoc(W)!.responses[secondAnswer] !== undefined);
    expect(Object.keys(a.confirmedDoc(W)!.votes).sort()).toEqual([aVote, bVote].sort());
    expect(Object.values(a.confirmedDoc(W)!.responses).map((r) => r.score)).toEqual([3]);
  });

  it('an anonymous note names no writer in what anyone receives, nor in the database', async () => {
    const brainstorm = newId();
    const note = newId();
    await send(
      trainer,
      op('activity.start', {
        activityId: brainstorm,
        fields: { kind: 'brainstorm', prompt: '说说最差的一次入住', stepId: null, anonymous: true, votesPerPerson: 1, sourceActivityId: null, dimensions: [] },
      }),
    );
    const { raw: other } = await watch(a2.token);
    const writerClient = newId();
    const writer = await rawAs(a1.token, writerClient);
    const named = op('note.add', { activityId: brainstorm, noteId: note, text: '前台让我等了四十分钟', authorId: a1.sessionId, authorName: 'Alice Wang' });
    const opId = await send(writer, named);
    await heard(other, opId);
    await heard(trainer, opId);

    for (const raw of [other, trainer]) {
      const change = raw.messages.find((m): m is Extract<HostMessage, { type: 'change' }> => m.type === 'change' && m.change.op.opId === opId)!;
      expect(change.change.effect!.put.notes![0]).toMatchObject({ text: '前台让我等了四十分钟', authorId: null, authorName: '', teamId: null });
      for (const trace of ['Alice Wang', a1.sessionId, writerClient]) expect(JSON.stringify(change)).not.toContain(trace);
    }
    expect(loadDoc(host.db, W)!.notes[note]).toMatchObject({ authorId: null, authorName: '' });
    const logged = changeLog(host.db).find((c) => c.opId === opId)!;
    for (const trace of ['Alice Wang', a1.sessionId, writerClient]) expect(JSON.stringify(logged)).not.toContain(trace);

    // The same op sent again (the ack was lost) is recognised as already applied, not as a reused id.
    writer.send({ type: 'op', op: { ...named, opId } });
    await eventually(() => writer.messages.filter((m) => m.type === 'ack' && m.opId === opId).length === 2);
    expect(writer.messages.filter((m) => m.type === 'ack' && m.opId === opId).at(-1)).toMatchObject({ duplicate: true });
  });
});
