import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids.ts';
import type { ClassroomState } from '../../../shared/protocol/classroom.ts';
import { PROTOCOL_VERSION, type HostMessage } from '../../../shared/protocol/messages.ts';
import type { RunningHost } from '../host.ts';
import { CLOSE_BYE } from '../server/connection.ts';
import type { SocketLimits } from '../server/socket-limits.ts';
import { loadDoc } from '../store/doc-store.ts';
import { changeLog } from '../testing/audit.ts';
import { RawClient, tempDir, wsUrl } from '../testing/fixtures.ts';
import { Speaker } from '../testing/speaker.ts';
import { joined, lanOrigin, newWorkshop, openClassroom, sessionStatus, startClassroomHost } from './classroom-fixture.ts';

const greeted = async (origin: string, token: string) => {
  const client = await RawClient.open(origin, token);
  client.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'p' });
  await client.next('welcome');
  return client;
};

/** The first `count` answers (acks and refusals) the client has heard, in order. */
async function answered(client: RawClient, count: number) {
  const answers = () => client.messages.filter((m) => m.type === 'ack' || m.type === 'reject');
  const deadline = Date.now() + 5000;
  while (answers().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return answers().slice(0, count) as Extract<HostMessage, { type: 'ack' | 'reject' }>[];
}

const upgradeStatus = (origin: string, token: string) =>
  new Promise<number>((resolve) => {
    const socket = new WebSocket(wsUrl(origin), ['satisfy', `auth.${token}`]);
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve(-1));
  });

describe('the trainer removes a participant; a participant cannot flood the host', () => {
  let host: RunningHost | undefined;
  let dir: ReturnType<typeof tempDir> | undefined;
  const clients: RawClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await host?.close();
    dir?.remove();
    host = undefined;
  });

  const room = async (limits: Partial<SocketLimits> = {}) => {
    dir = tempDir();
    host = await startClassroomHost(dir.dir, limits);
    const workshopId = newWorkshop(host);
    const state: Extract<ClassroomState, { open: true }> = await openClassroom(host, workshopId);
    return { host, workshopId, lan: lanOrigin(state), code: state.joinCode };
  };

  it('a removed participant’s sockets hear bye “removed” and close; the credential is refused everywhere; others stay', async () => {
    const { host, workshopId, lan, code } = await room();
    const gone = await joined(lan, code, '捣乱者');
    const stays = await joined(lan, code, '好学生');
    const goneOnLan = await greeted(lan, gone.token);
    const goneOnLoopback = await greeted(host.origin, gone.token);
    const staysOnLan = await greeted(lan, stays.token);
    clients.push(goneOnLan, goneOnLoopback, staysOnLan);
    staysOnLan.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    await staysOnLan.next('doc');

    const trainer = await Speaker.open(host.origin, host.token, 'trainer');
    clients.push(trainer.raw);
    expect(await trainer.send({ type: 'participant.remove', payload: { workshopId, participantId: gone.participantId } })).toMatchObject({ type: 'ack' });

    for (const client of [goneOnLan, goneOnLoopback]) {
      expect(await client.next('bye')).toEqual({ type: 'bye', reason: 'removed' });
      expect(await client.closed()).toBe(CLOSE_BYE);
    }
    expect(await sessionStatus(lan, gone.token)).toBe(401);
    expect(await sessionStatus(host.origin, gone.token)).toBe(401);
    expect(await upgradeStatus(lan, gone.token)).toBe(401);
    expect(await upgradeStatus(host.origin, gone.token)).toBe(401);

    // The one who stays sees the removal and keeps working.
    const change = await staysOnLan.next('change');
    expect(change.change.effect?.del.participants).toEqual([gone.participantId]);
    expect(staysOnLan.closeCode).toBeNull();
    const speaker = await Speaker.open(lan, stays.token, '好学生');
    clients.push(speaker.raw);
    expect(await speaker.send({ type: 'participant.rename', payload: { workshopId, participantId: stays.participantId, name: '好学生2' } })).toMatchObject({
      type: 'ack',
    });
    expect(await sessionStatus(lan, stays.token)).toBe(200);
  });

  it('a participant past the op budget has the excess ops wait their turn: all stored, in the order sent, none refused', async () => {
    const { host, workshopId, lan, code } = await room({ opBurst: 10, opsPerSecond: 40 });
    const me = await joined(lan, code, 'Flood');
    const client = await greeted(lan, me.token);
    clients.push(client);
    const before = changeLog(host.db).length;
    const opIds = Array.from({ length: 40 }, () => newId());
    opIds.forEach((opId, n) =>
      client.send({ type: 'op', op: { opId, type: 'participant.rename', payload: { workshopId, participantId: me.participantId, name: `N${n}` } } }),
    );
    const answers = await answered(client, opIds.length);
    expect(answers.map((a) => a.type)).toEqual(opIds.map(() => 'ack'));
    expect(answers.map((a) => a.opId)).toEqual(opIds);
    expect(changeLog(host.db).length - before).toBe(opIds.length);
    // The last edit sent is the one that stands.
    expect(loadDoc(host.db, workshopId)!.participants[me.participantId].name).toBe('N39');
    expect(client.closeCode).toBeNull();
  });

  it('a socket with more ops waiting than the queue holds is closed; what it had queued is stored in order', async () => {
    const { host, workshopId, lan, code } = await room({ opBurst: 5, opsPerSecond: 20, maxQueuedOps: 10 });
    const me = await joined(lan, code, 'Script');
    const client = await greeted(lan, me.token);
    clients.push(client);
    const before = changeLog(host.db).length;
    for (let n = 0; n < 60; n++) {
      client.send({ type: 'op', op: { opId: newId(), type: 'participant.rename', payload: { workshopId, participantId: me.participantId, name: `N${n}` } } });
    }
    const deadline = Date.now() + 5000;
    while (client.closeCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(client.closeCode).toBe(1008);
    // What was stored is a prefix of what was sent, in order, and short of all of it (the page resends the rest).
    await new Promise((r) => setTimeout(r, 1500));
    const stored = changeLog(host.db).length - before;
    expect(stored).toBeGreaterThanOrEqual(10);
    expect(stored).toBeLessThan(60);
    expect(loadDoc(host.db, workshopId)!.participants[me.participantId].name).toBe(`N${stored - 1}`);
  });

  it('answers a page asking whether it is there at once, even while its ops wait their turn', async () => {
    const { workshopId, lan, code } = await room({ opBurst: 2, opsPerSecond: 2 });
    const me = await joined(lan, code, 'Draining');
    const client = await greeted(lan, me.token);
    clients.push(client);
    // Ten ops at two a second: the last waits about four seconds for its turn.
    const opIds = Array.from({ length: 10 }, () => newId());
    for (const [n, opId] of opIds.entries()) {
      client.send({ type: 'op', op: { opId, type: 'participant.rename', payload: { workshopId, participantId: me.participantId, name: `N${n}` } } });
    }
    client.send({ type: 'ping', n: 7 });
    expect(await client.next('pong', 1000)).toEqual({ type: 'pong', n: 7 });
    expect(client.messages.filter((m) => m.type === 'ack').length).toBeLessThan(opIds.length);
    expect((await answered(client, opIds.length)).map((a) => a.opId)).toEqual(opIds);
  });

  it('other messages have a budget of their own, and the trainer is not metered', async () => {
    const { host, workshopId, lan, code } = await room({ opBurst: 10, opsPerSecond: 1 });
    const me = await joined(lan, code, 'Chatty');
    const client = await greeted(lan, me.token);
    clients.push(client);

    // Its other messages have a budget of their own: a page resending its ops still gets its subscription…
    client.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    expect((await client.next('doc')).workshopId).toBe(workshopId);
    // …and that budget is bounded too (presence fans out to the whole room).
    for (let n = 0; n < 20; n++) client.send({ type: 'presence', workshopId, editing: null });
    client.send({ type: 'unsubscribe', scope: { kind: 'workshop', workshopId } });
    expect((await client.next('error')).reason).toEqual({ code: 'tooManyOps', limit: 1 });

    // The trainer's own window is not metered.
    const trainer = await RawClient.open(host.origin, host.token);
    clients.push(trainer);
    trainer.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 't' });
    await trainer.next('welcome');
    for (let n = 0; n < 40; n++) {
      trainer.send({ type: 'op', op: { opId: newId(), type: 'participant.rename', payload: { workshopId, participantId: me.participantId, name: `T${n}` } } });
    }
    expect((await answered(trainer, 40)).every((a) => a.type === 'ack')).toBe(true);
  });
});
