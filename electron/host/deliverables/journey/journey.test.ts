import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyBetween } from '../../../../shared/core/order.ts';
import { blankCard } from '../../../../shared/deliverables/journey/schemas.ts';
import { newId } from '../../../../shared/domain/ids.ts';
import type { OpInput } from '../../../../shared/protocol/ops.ts';
import type { SyncClient } from '../../../../renderer/sync/client.ts';
import type { RunningHost } from '../../host.ts';
import { loadDoc } from '../../store/doc-store.ts';
import { changeLog } from '../../testing/audit.ts';
import { startTestHost, tempDir, testClient, until } from '../../testing/fixtures.ts';
import { createWorkshop } from '../../testing/sample-ops.ts';
import { Speaker } from '../../testing/speaker.ts';

/** Several people of one team on one journey map: concurrent moves and edits of the same card settle the same everywhere. */
describe('journey map on the host', { timeout: 15000 }, () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let trainer: Speaker;
  const clients: SyncClient[] = [];
  const W = newId();
  const team = newId();
  const otherTeam = newId();
  const journey = newId();
  const stages = [newId(), newId(), newId()];
  const card = newId();

  const setup: OpInput[] = [
    createWorkshop(W),
    { type: 'team.add', payload: { workshopId: W, teamId: team, fields: { name: '一组' } } },
    { type: 'team.add', payload: { workshopId: W, teamId: otherTeam, fields: { name: '二组' } } },
    {
      type: 'batch',
      payload: {
        workshopId: W,
        ops: [
          { type: 'artifact.add', payload: { workshopId: W, artifactId: journey, deliverable: 'journey', fields: { title: '', teamId: team } } },
          ...stages.map((stageId, i) => ({ type: 'stage.add' as const, payload: { workshopId: W, artifactId: journey, stageId, fields: { name: `阶段${i + 1}` } } })),
          { type: 'card.add', payload: { workshopId: W, stageId: stages[0], cardId: card, fields: blankCard('前台问候') } },
        ],
      },
    },
  ];

  const member = async (teamId: string, name: string) => {
    const client = testClient(host.origin, host.issueSession({ role: 'member', workshopId: W, teamId, name }), name);
    clients.push(client);
    client.watchWorkshop(W);
    await until(client, () => client.confirmedDoc(W) !== null);
    return client;
  };
  const settled = (c: SyncClient) => until(c, () => c.pending === 0 && c.held.length === 0);

  beforeEach(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    trainer = await Speaker.open(host.origin, host.token, 'trainer');
    for (const op of setup) expect(await trainer.send(op)).toMatchObject({ type: 'ack' });
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    trainer.close();
    await host.close();
    dir.remove();
  });

  it('two people moving and editing the same card at once: each field keeps the host’s last write, everyone agrees, nothing acked is lost', async () => {
    const [ann, bo] = [await member(team, 'Ann'), await member(team, 'Bo')];
    const move = (stageId: string, order: string): OpInput => ({ type: 'card.move', payload: { workshopId: W, cardId: card, stageId, order } });
    const edit = (patch: Record<string, unknown>): OpInput => ({ type: 'card.update', payload: { workshopId: W, cardId: card, patch } });
    // Interleaved without waiting: each sees the other's ops only after the host ordered them.
    ann.submit(move(stages[1], keyBetween(null, null)));
    bo.submit(edit({ expectation: '一进门就有人招呼' }));
    ann.submit(edit({ touchpoint: '大堂迎宾', emotion: 2 }));
    bo.submit(move(stages[2], keyBetween(null, null)));
    bo.submit(edit({ emotion: -1 }));
    ann.submit(edit({ script: '您好，欢迎回来！' }));
    await Promise.all([settled(ann), settled(bo)]);

    const stored = loadDoc(host.db, W)!;
    await until(ann, () => isDeepStrictEqual(ann.confirmedDoc(W), stored));
    await until(bo, () => isDeepStrictEqual(bo.confirmedDoc(W), stored));
    const log = changeLog(host.db).filter((c) => c.type === 'card.move' || c.type === 'card.update');
    expect(log).toHaveLength(6);
    // The move and the emotion the host committed last are the ones that stand; the other fields merged.
    const lastMove = log.filter((c) => c.type === 'card.move').at(-1)!;
    const lastEmotion = log.filter((c) => c.type === 'card.update' && 'emotion' in (c.payload as { patch: object }).patch).at(-1)!;
    const result = stored.journeyCards[card];
    expect(result.stageId).toBe((lastMove.payload as { stageId: string }).stageId);
    expect(result.emotion).toBe((lastEmotion.payload as { patch: { emotion: number } }).patch.emotion);
    expect(result).toMatchObject({ touchpoint: '大堂迎宾', expectation: '一进门就有人招呼', script: '您好，欢迎回来！' });
  });

  it('an edit of a card someone removed meanwhile is refused for the editor, and the removal stands everywhere', async () => {
    const [ann, bo] = [await member(team, 'Ann'), await member(team, 'Bo')];
    const link = newId();
    const next = newId();
    ann.submit({ type: 'card.add', payload: { workshopId: W, stageId: stages[1], cardId: next, fields: blankCard('入住') } });
    ann.submit({ type: 'link.add', payload: { workshopId: W, linkId: link, from: card, to: next } });
    await settled(ann);
    await until(bo, () => bo.confirmedDoc(W)?.journeyLinks[link] !== undefined);
    bo.submit({ type: 'stage.remove', payload: { workshopId: W, stageId: stages[0] } });
    ann.submit({ type: 'card.update', payload: { workshopId: W, cardId: card, patch: { wow: '迎宾香氛' } } });
    await Promise.all([settled(ann), settled(bo)]);
    const stored = loadDoc(host.db, W)!;
    expect(stored.journeyCards[card]).toBeUndefined();
    expect(stored.journeyLinks[link]).toBeUndefined();
    expect(stored.journeyCards[next]).toBeDefined();
    for (const c of [ann, bo]) await until(c, () => isDeepStrictEqual(c.docView(W), stored));
  });

  it('a duplicated workshop carries the map with fresh ids, its cards still in their stages and linked', async () => {
    const next = newId();
    const second = newId();
    expect(await trainer.send({ type: 'card.add', payload: { workshopId: W, stageId: stages[1], cardId: second, fields: blankCard('入住') } })).toMatchObject({ type: 'ack' });
    expect(await trainer.send({ type: 'link.add', payload: { workshopId: W, linkId: newId(), from: card, to: second } })).toMatchObject({ type: 'ack' });
    expect(await trainer.send({ type: 'workshop.duplicate', payload: { workshopId: W, newWorkshopId: next, name: '副本' } })).toMatchObject({ type: 'ack' });
    const copy = loadDoc(host.db, next)!;
    const cards = Object.values(copy.journeyCards);
    expect(cards.map((c) => c.touchpoint).sort()).toEqual(['入住', '前台问候']);
    expect(cards.every((c) => copy.journeyStages[c.stageId] && copy.artifacts[c.artifactId]?.deliverable === 'journey')).toBe(true);
    expect(cards.some((c) => c.id === card)).toBe(false);
    const [link] = Object.values(copy.journeyLinks);
    expect([copy.journeyCards[link.from]?.touchpoint, copy.journeyCards[link.to]?.touchpoint]).toEqual(['前台问候', '入住']);
    expect(loadDoc(host.db, W)!.journeyCards[card]).toBeDefined();
  });

  it('another team may neither edit nor move the card, a card never moves into another journey nor links to itself', async () => {
    const outsider = await Speaker.open(host.origin, host.issueSession({ role: 'member', workshopId: W, teamId: otherTeam }));
    const theirs = newId();
    const theirStage = newId();
    expect(
      await trainer.send({
        type: 'batch',
        payload: {
          workshopId: W,
          ops: [
            { type: 'artifact.add', payload: { workshopId: W, artifactId: theirs, deliverable: 'journey', fields: { title: '', teamId: otherTeam } } },
            { type: 'stage.add', payload: { workshopId: W, artifactId: theirs, stageId: theirStage, fields: { name: '成交' } } },
          ],
        },
      }),
    ).toMatchObject({ type: 'ack' });
    const before = loadDoc(host.db, W);
    expect(await outsider.send({ type: 'card.update', payload: { workshopId: W, cardId: card, patch: { touchpoint: '改掉' } } })).toMatchObject({
      type: 'reject',
      reason: { code: 'forbidden' },
    });
    expect(await outsider.send({ type: 'card.move', payload: { workshopId: W, cardId: card, stageId: theirStage, order: 'a0' } })).toMatchObject({
      type: 'reject',
      reason: { code: 'forbidden' },
    });
    expect(await trainer.send({ type: 'card.move', payload: { workshopId: W, cardId: card, stageId: theirStage, order: 'a0' } })).toMatchObject({
      type: 'reject',
    });
    // Nor does a card point at itself.
    expect(await trainer.send({ type: 'link.add', payload: { workshopId: W, linkId: newId(), from: card, to: card } })).toMatchObject({
      type: 'reject',
      reason: { code: 'invalid' },
    });
    expect(loadDoc(host.db, W)).toEqual(before);
    outsider.close();
  });
});
