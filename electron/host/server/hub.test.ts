import { describe, expect, it } from 'vitest';
import { applyEffect, type WorkshopDoc } from '../../../shared/core/doc.ts';
import { reduce } from '../../../shared/core/reduce.ts';
import type { Change, HostMessage, Peer } from '../../../shared/protocol/messages.ts';
import type { ContentOp } from '../../../shared/protocol/ops.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { ALICE, AT, BOB, CARD_A, CARD_B, memberSession, op, room, TEAM_A, TEAM_B, trainer, W } from '../../../shared/testing/room.ts';
import { Hub, type Client } from './hub.ts';

/** A listener that keeps what it was sent, decoded. */
const listener = (session: Session, name: string) => {
  const heard: HostMessage[] = [];
  // Only what delivery uses: the hub's other duties (ending sessions…) are not under test here.
  const client = {
    connId: `conn-${name}`,
    session,
    clientId: `client-${name}`,
    name,
    send: (m: HostMessage) => heard.push(m),
    sendText: (t: string) => heard.push(JSON.parse(t) as HostMessage),
    end: () => undefined,
  } as Client;
  return { client, heard };
};

let seq = 100;
/** Commits one op on `doc` as the engine would: the change and the doc after it. */
const commit = (doc: WorkshopDoc, sub: ReturnType<typeof op>) => {
  const opFull = { ...sub, opId: `op-hub-${++seq}` } as ContentOp;
  const effect = reduce(doc, opFull, AT);
  const change: Change = { seq, workshopId: W, clientId: 'client-trainer', at: AT, op: opFull, effect };
  return { change, doc: applyEffect(doc, effect) };
};
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the hub’s delivery to members', () => {
  const setUp = () => {
    const hub = new Hub();
    const people = { trainer: listener(trainer, 'trainer'), alice: listener(memberSession(ALICE, TEAM_A), 'alice'), bob: listener(memberSession(BOB, TEAM_B), 'bob') };
    for (const p of Object.values(people)) hub.subscribeWorkshop(p.client, W);
    for (const p of Object.values(people)) p.heard.length = 0;
    // The hub learns the workshop as it stands from a first, ordinary change.
    const first = commit(room(), op('team.update', { teamId: TEAM_A, patch: { name: '一组' } }));
    hub.publish(first.change, first.doc);
    for (const p of Object.values(people)) p.heard.length = 0;
    return { hub, people, doc: first.doc };
  };

  it('sends a team’s edit to that team and the trainer only', () => {
    const { hub, people, doc } = setUp();
    const edit = commit(doc, op('card.update', { cardId: CARD_B, patch: { wow: '二组的秘密' } }));
    hub.publish(edit.change, edit.doc);
    expect(people.bob.heard.map((m) => m.type)).toEqual(['change']);
    expect(people.trainer.heard.map((m) => m.type)).toEqual(['change']);
    expect(people.alice.heard).toEqual([]);
  });

  it('sends members nothing of a change whose workshop is already gone from the doc cache', () => {
    const { hub, people, doc } = setUp();
    const edit = commit(doc, op('card.update', { cardId: CARD_B, patch: { wow: '二组的秘密' } }));
    hub.publish(edit.change, null);
    expect(people.alice.heard).toEqual([]);
    expect(people.bob.heard).toEqual([]);
    expect(people.trainer.heard.map((m) => m.type)).toEqual(['change']);
  });

  it('sends one doc per member for a commit group with several reshaping changes, at the last change’s seq', async () => {
    const { hub, people, doc } = setUp();
    const share = commit(doc, op('classroom.update', { patch: { sharedTeamIds: [TEAM_B] } }));
    const edit = commit(share.doc, op('card.update', { cardId: CARD_A, patch: { wow: '热毛巾' } }));
    const move = commit(edit.doc, op('participant.setTeam', { participantId: ALICE, teamId: TEAM_B }));
    // One group: every change is published with the group's final doc.
    for (const c of [share, edit, move]) hub.publish(c.change, move.doc);
    await microtasks();
    const docs = people.alice.heard.filter((m) => m.type === 'doc');
    expect(docs.length).toBe(1);
    expect(docs[0]).toMatchObject({ seq: move.change.seq });
    // Alice is in B now, and B is shared: she sees B's card and no longer A's.
    expect(Object.keys(docs[0].type === 'doc' ? docs[0].doc.journeyCards : {})).toEqual([CARD_B]);
    expect(people.bob.heard.filter((m) => m.type === 'doc').length).toBe(1);
    expect(people.trainer.heard.every((m) => m.type === 'change')).toBe(true);
  });

  it('does not send the doc to a member who left before it was due', async () => {
    const { hub, people, doc } = setUp();
    const share = commit(doc, op('classroom.update', { patch: { sharedTeamIds: [TEAM_B] } }));
    hub.publish(share.change, share.doc);
    hub.unsubscribe(people.alice.client, W);
    await microtasks();
    expect(people.alice.heard.filter((m) => m.type === 'doc')).toEqual([]);
    expect(people.bob.heard.filter((m) => m.type === 'doc').length).toBe(1);
  });
});

describe('the hub’s presence', () => {
  it('names each member’s participant row, whatever name they announce, and keeps it through a rename', () => {
    const hub = new Hub();
    const teacher = listener(trainer, 'trainer');
    const alice = listener(memberSession(ALICE, TEAM_A), '王芳');
    hub.subscribeWorkshop(teacher.client, W);
    hub.subscribeWorkshop(alice.client, W);
    // The room as the trainer's page builds it: the list once, then one peer at a time.
    const peers = () => {
      const room = new Map<string, Peer>();
      for (const m of teacher.heard) {
        if (m.type === 'presence') for (const p of m.peers) room.set(p.conn, p);
        if (m.type === 'peer') room.set(m.peer.conn, m.peer);
        if (m.type === 'peerLeft') room.delete(m.conn);
      }
      return [...room.values()];
    };
    expect(peers().map((p) => [p.role, p.name, p.participantId])).toEqual([
      ['trainer', 'trainer', undefined],
      ['member', '王芳', ALICE],
    ]);
    alice.client.name = '芳芳';
    hub.renamed(alice.client);
    expect(peers().find((p) => p.role === 'member')).toMatchObject({ name: '芳芳', participantId: ALICE });
    hub.drop(alice.client);
    expect(peers().map((p) => p.role)).toEqual(['trainer']);
  });

  it('tells the others about one peer, not the whole room, when someone arrives, edits or leaves', () => {
    const hub = new Hub();
    const people = Array.from({ length: 30 }, (_, i) => listener(memberSession(`member-${String(i).padStart(4, '0')}`, TEAM_A), `m${i}`));
    for (const person of people) hub.subscribeWorkshop(person.client, W);
    const first = people[0]!;
    const heardBefore = first.heard.length;
    hub.setPresence(people[29]!.client, W, { entityId: 'card-0001', field: 'script' });
    const news = first.heard.slice(heardBefore);
    expect(news).toEqual([{ type: 'peer', workshopId: W, peer: expect.objectContaining({ name: 'm29', editing: { entityId: 'card-0001', field: 'script' } }) }]);
    // The one who moved is not told of themselves; a late subscriber gets the whole list once.
    expect(people[29]!.heard.filter((m) => m.type === 'peer' && m.peer.name === 'm29')).toEqual([]);
    const late = listener(trainer, 'late');
    hub.subscribeWorkshop(late.client, W);
    expect(late.heard.filter((m) => m.type === 'presence').map((m) => (m.type === 'presence' ? m.peers.length : 0))).toEqual([31]);
  });
});
