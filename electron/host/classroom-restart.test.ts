import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blankCard } from '../../shared/deliverables/journey/schemas.ts';
import { newId } from '../../shared/domain/ids.ts';
import { PROTOCOL_VERSION, type HostMessage } from '../../shared/protocol/messages.ts';
import type { OpInput } from '../../shared/protocol/ops.ts';
import type { SyncClient } from '../../renderer/sync/client.ts';
import { sessionByToken } from './server/sessions.ts';
import { LIBRARY_FILE } from './store/database.ts';
import { startCliHost, type CliHost } from './testing/cli-host.ts';
import { LAN, openClassroom, startClassroomHost } from './classroom/classroom-fixture.ts';
import { RawClient, tempDir, testClient, until } from './testing/fixtures.ts';
import { createWorkshop } from './testing/sample-ops.ts';

/**
 * The host killed with SIGKILL in the middle of a class, and started again on the same library and port. This is a
 * process crash, not a power cut: it shows that an ack follows the commit and that a resend is applied once, not
 * what a disk does with its cache when the power goes.
 */

interface Seat {
  token: string;
  participantId: string;
  cardId: string;
}

/** The room before class, made in-process on the library the CLI host will then open: 2 teams, a journey each, 6 members joined. */
async function prepareRoom(dataDir: string) {
  const host = await startClassroomHost(dataDir);
  const trainer = sessionByToken(host.db, host.token)!;
  const submit = async (op: OpInput) => {
    const result = await host.engine.submit({ session: trainer, clientId: 'prepare', raw: { ...op, opId: newId() } });
    expect(result.kind).toBe('applied');
  };
  const workshopId = newId();
  const brainstormId = newId();
  await submit(createWorkshop(workshopId, '断电重启的课堂'));
  const seats: Seat[] = [];
  for (let t = 0; t < 2; t++) {
    const teamId = newId();
    const artifactId = newId();
    const stageId = newId();
    await submit({ type: 'team.add', payload: { workshopId, teamId, fields: { name: `第 ${t + 1} 组` } } });
    await submit({ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'journey', fields: { title: '旅程', teamId } } });
    await submit({ type: 'stage.add', payload: { workshopId, artifactId, stageId, fields: { name: '入住' } } });
    for (let m = 0; m < 3; m++) {
      const cardId = newId();
      await submit({ type: 'card.add', payload: { workshopId, stageId, cardId, fields: blankCard(`前台 ${m + 1}`) } });
      const token = host.issueSession({ role: 'member', workshopId, teamId, name: `学员 ${t}-${m}` });
      const participantId = sessionByToken(host.db, token)!.sessionId;
      await submit({ type: 'participant.join', payload: { workshopId, participantId, name: `学员 ${t}-${m}`, teamId, language: 'zh-CN' } });
      seats.push({ token, participantId, cardId });
    }
  }
  const fields = { kind: 'brainstorm', prompt: '哪一刻最难忘？', stepId: null, anonymous: false, votesPerPerson: 3, sourceActivityId: null, dimensions: [] };
  await submit({ type: 'activity.start', payload: { workshopId, activityId: brainstormId, fields } } as OpInput);
  // The members joined an open classroom; the library remembers it open, so the restarted host reopens it.
  await openClassroom(host, workshopId);
  await host.close();
  return { workshopId, brainstormId, seats };
}

type Op = OpInput & { opId: string };

/** A member speaking the raw protocol, keeping what it sent until the host acknowledges it, as the page's outbox does. */
class Member {
  readonly sent: Op[] = [];
  readonly acks = new Map<string, { seq: number; duplicate: boolean }>();
  readonly refusals: HostMessage[] = [];
  private raw: RawClient | null = null;
  private live = { reading: false };
  private n = 0;

  constructor(
    private readonly seat: Seat,
    private readonly room: { workshopId: string; brainstormId: string },
  ) {}

  async connect(origin: string): Promise<void> {
    this.raw?.socket.terminate();
    const raw = await RawClient.open(origin, this.seat.token);
    this.live = { reading: true };
    const live = this.live;
    raw.socket.on('message', (data) => {
      // What a connection given up for dead still delivers (ws parses what it had buffered) is not heard.
      if (!live.reading) return;
      const message = JSON.parse(String(data)) as HostMessage;
      if (message.type === 'ack') this.acks.set(message.opId, { seq: message.seq, duplicate: message.duplicate });
      else if (message.type === 'reject' || message.type === 'hold' || message.type === 'error') this.refusals.push(message);
    });
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: this.seat.participantId });
    await raw.next('welcome');
    this.raw = raw;
  }

  /** The next edit: typing into its own card, and every third a note on the brainstorm (an insert: twice would show). */
  sendNext(): string {
    const { workshopId, brainstormId } = this.room;
    const k = this.n++;
    const op: Op =
      k % 3 === 2
        ? { opId: newId(), type: 'note.add', payload: { workshopId, activityId: brainstormId, noteId: newId(), text: `想法 ${k}`, authorId: this.seat.participantId, authorName: '' } }
        : { opId: newId(), type: 'card.update', payload: { workshopId, cardId: this.seat.cardId, patch: { script: `您好，第 ${k} 次` } } };
    this.sent.push(op);
    this.raw!.send({ type: 'op', op });
    return op.opId;
  }

  /** Stops reading from the socket: what the host sends from now on is never seen. */
  pause(): void {
    this.live.reading = false;
    this.raw!.socket.pause();
  }

  get unacked(): Op[] {
    return this.sent.filter((op) => !this.acks.has(op.opId));
  }

  /** After a reconnect: every op still unacknowledged again, in order, with its own opId. */
  resend(): void {
    for (const op of this.unacked) this.raw!.send({ type: 'op', op });
  }

  close(): void {
    this.raw?.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (bounded) until `check` holds. */
async function eventually(check: () => boolean, ms: number): Promise<void> {
  for (const deadline = Date.now() + ms; !check(); await sleep(10)) if (Date.now() > deadline) throw new Error('not reached in time');
}

describe('the host killed mid-class (SIGKILL) and restarted on the same library and port', () => {
  const dir = tempDir('satisfy-restart-');
  let host: CliHost | undefined;
  const clients: { close(): void }[] = [];
  afterEach(async () => {
    clients.forEach((c) => c.close());
    await host?.kill('SIGKILL');
    dir.remove();
  });

  it('keeps every acknowledged op; members resend the rest with the same opIds and each is applied exactly once', async () => {
    const room = await prepareRoom(dir.dir);
    host = await startCliHost(dir.dir, undefined, [LAN[0]!.address]);
    const port = host.port;
    const raws = room.seats.slice(0, 4).map((seat) => new Member(seat, room));
    for (const m of raws) await m.connect(host.origin);
    clients.push(...raws);
    // Two members are the page's real sync client (in-memory pending list, its own reconnect and resend).
    const pages: SyncClient[] = room.seats.slice(4).map((seat) => testClient(host!.origin, seat.token, seat.participantId));
    clients.push(...pages);
    const pageOps: string[] = [];
    const pageEdit = (page: SyncClient, i: number, k: number) => {
      const opId = page.submit({ type: 'card.update', payload: { workshopId: room.workshopId, cardId: room.seats[4 + i]!.cardId, patch: { wow: `第 ${k} 个感动点` } } });
      pageOps.push(opId!);
    };

    // The class at work: everyone keeps sending without waiting for acks, until the host has acknowledged 60 ops.
    const ackCount = () => raws.reduce((sum, m) => sum + m.acks.size, 0);
    for (let round = 0; round < 500 && ackCount() < 60; round++) {
      raws.forEach((m) => m.sendNext());
      pages.forEach((page, i) => pageEdit(page, i, round));
      await sleep(5);
    }
    expect(ackCount()).toBeGreaterThanOrEqual(60);
    // The members stop reading (the host's acks pile up unread, as on a phone that froze), send a burst, and the
    // host is killed once it has committed part of it: those ops are stored but their acks never arrive. Five more
    // each go out after the kill and reach no one.
    raws.forEach((m) => m.pause());
    const burst = raws.flatMap((m) => Array.from({ length: 25 }, () => m.sendNext()));
    await eventually(() => readLog(dir.dir).some((r) => burst.includes(r.op_id)), 10_000);
    host.child.kill('SIGKILL');
    for (const m of raws) for (let i = 0; i < 5; i++) m.sendNext();
    await host.exited;
    // The pages edit while the host is down: kept as pending, sent once they are back in.
    pages.forEach((page, i) => pageEdit(page, i, 500));
    expect(pages.map((page) => page.pending > 0)).toEqual([true, true]);
    const ackedBeforeKill = raws.flatMap((m) => [...m.acks.keys()]);
    const unacked = raws.flatMap((m) => m.unacked);
    // Read through a connection of its own while no host runs: everything acknowledged is in the change log.
    const logged = new Set(readLog(dir.dir).map((r) => r.op_id));
    expect(ackedBeforeKill.filter((opId) => !logged.has(opId))).toEqual([]);
    // Both kinds of unanswered op are there to resend: stored before the kill, and never stored.
    expect(unacked.filter((op) => logged.has(op.opId)).length).toBeGreaterThan(0);
    expect(unacked.filter((op) => !logged.has(op.opId)).length).toBeGreaterThanOrEqual(20);

    host = await startCliHost(dir.dir, undefined, [LAN[0]!.address]);
    expect(host.port).toBe(port);
    for (const m of raws) {
      await m.connect(host.origin);
      m.resend();
    }
    await eventually(() => raws.every((m) => m.unacked.length === 0 || m.refusals.length > 0), 10_000);
    for (const page of pages) await until(page, () => page.status === 'online' && page.pending === 0, 15_000);
    expect(raws.flatMap((m) => m.refusals)).toEqual([]);
    // Ops the host had committed but not answered before it died are acknowledged as duplicates, not applied again.
    const acks = new Map(raws.flatMap((m) => [...m.acks]));
    expect(unacked.filter((op) => acks.get(op.opId)?.duplicate !== logged.has(op.opId))).toEqual([]);
    // The class carries on.
    raws.forEach((m) => m.sendNext());
    pages.forEach((page, i) => pageEdit(page, i, 1000));
    await eventually(() => raws.every((m) => m.unacked.length === 0), 5000);
    for (const page of pages) await until(page, () => page.pending === 0, 5000);

    await host.kill('SIGTERM');
    const log = readLog(dir.dir);
    const count = new Map<string, number>();
    for (const row of log) count.set(row.op_id, (count.get(row.op_id) ?? 0) + 1);
    const everySent = [...raws.flatMap((m) => m.sent.map((op) => op.opId)), ...pageOps];
    expect(everySent.filter((opId) => count.get(opId) !== 1)).toEqual([]);
    const notes = raws.flatMap((m) => m.sent).filter((op) => op.type === 'note.add');
    const stored = new Set(readNotes(dir.dir));
    expect(notes.filter((op) => !stored.has((op.payload as { noteId: string }).noteId))).toEqual([]);
    expect(stored.size).toBe(notes.length);
  }, 60_000);
});

function readLog(dataDir: string): { op_id: string }[] {
  const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true });
  try {
    return db.prepare('SELECT op_id FROM change_log').all() as { op_id: string }[];
  } finally {
    db.close();
  }
}

function readNotes(dataDir: string): string[] {
  const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true });
  try {
    return db.prepare('SELECT id FROM activity_notes').pluck().all() as string[];
  } finally {
    db.close();
  }
}
