import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { DISPLAY_FRAGMENT, type ClassroomState, type DisplayLink } from '../../../shared/protocol/classroom.ts';
import type { Change } from '../../../shared/protocol/messages.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import type { Engine } from '../engine/engine.ts';
import type { Hub } from '../server/hub.ts';
import { issueSession, sessionByToken, touchSession } from '../server/sessions.ts';
import type { SocketLimits } from '../server/socket-limits.ts';
import type { Db } from '../store/database.ts';
import { rankAddresses, type HostAddress } from './addresses.ts';
import { AttemptLimit, JOIN_ATTEMPTS, JOINS_PER_ADDRESS } from './attempt-limit.ts';
import { newJoinCode } from './join-code.ts';
import { handleJoin } from './join-route.ts';
import { startLanListener, type LanListener } from './lan-listener.ts';
import { probeAddress } from './probe.ts';
import { revokeDisplaySessions, revokeParticipantSession } from './revoke.ts';
import { loadSavedClassroom, saveClassroom } from './saved-classroom.ts';
import { SessionBatch } from './session-batch.ts';

export interface ClassroomContext {
  db: Db;
  hub: Hub;
  engine: Engine;
  staticDir: string;
  limits: SocketLimits;
  /** The loopback server's port: the classroom listens on the same one when it is free on the LAN address. */
  loopbackPort(): number;
  addresses(): HostAddress[];
  describeSession(req: IncomingMessage, res: ServerResponse, session: Session): Promise<unknown>;
  onConnection(socket: WebSocket, session: Session, greeted: () => void): void;
}

export type OpenResult = { ok: true; state: ClassroomState } | { ok: false; status: number; reason: Reason };

interface Opened {
  workshopId: string;
  address: string;
  code: string;
  listener: LanListener;
  /** Sessions admitted through the classroom listener (a viewer there need not be a participant). */
  admitted: WeakSet<Session>;
}

/** Time member sockets get to receive their bye and close before the rest are cut. */
const BYE_GRACE_MS = 2000;

/**
 * The classroom: one workshop opened to the LAN on one address, with a join code. Participants' sessions work only
 * while their workshop's classroom is open, on every listener; the trainer's window never depends on it.
 */
export class ClassroomController {
  private current: Opened | null = null;
  private readonly attempts = new AttemptLimit(JOIN_ATTEMPTS);
  private readonly joins = new AttemptLimit(JOINS_PER_ADDRESS);
  private readonly sessions: SessionBatch;
  /** Opening and closing one at a time: two quick clicks must not start two listeners. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: ClassroomContext) {
    this.sessions = new SessionBatch(ctx.db);
  }

  async state(): Promise<ClassroomState> {
    const ranked = rankAddresses(this.ctx.addresses());
    const reachable = await Promise.all(ranked.map((a) => probeAddress(a.address)));
    const addresses = ranked.map((a, i) => ({ ...a, reachable: reachable[i] }));
    const open = this.current;
    if (!open) return { open: false, addresses };
    const port = open.listener.port;
    return { open: true, addresses, workshopId: open.workshopId, address: open.address, port, joinUrl: `http://${open.address}:${port}/`, joinCode: open.code };
  }

  open(workshopId: string, address: string): Promise<OpenResult> {
    return this.serially(async (): Promise<OpenResult> => {
      if (!this.ctx.engine.docs.get(workshopId)) return { ok: false, status: 404, reason: { code: 'unknownWorkshop' } };
      if (!this.ctx.addresses().some((a) => a.address === address)) {
        return { ok: false, status: 400, reason: { code: 'invalid', path: 'address', rule: 'notOnThisComputer', detail: 'not a network address of this computer' } };
      }
      if (this.current?.workshopId !== workshopId || this.current.address !== address) {
        await this.stop();
        try {
          await this.start(workshopId, address, this.ctx.loopbackPort(), newJoinCode());
        } catch (error) {
          return { ok: false, status: 409, reason: { code: 'invalid', path: 'address', rule: 'cannotListen', detail: (error as Error).message } };
        }
      }
      return { ok: true, state: await this.state() };
    });
  }

  close(): Promise<ClassroomState> {
    return this.serially(async () => {
      await this.stop();
      return this.state();
    });
  }

  /** At start: reopen the classroom a restart interrupted, on the same address, port and code. */
  restore(): Promise<void> {
    return this.serially(async () => {
      const saved = loadSavedClassroom(this.ctx.db);
      if (!saved) return;
      if (!this.ctx.engine.docs.get(saved.workshopId)) return saveClassroom(this.ctx.db, null);
      try {
        await this.start(saved.workshopId, saved.address, saved.port, saved.code);
      } catch (error) {
        // The network changed while the host was down: the trainer opens the classroom again from the join screen.
        console.warn(`could not reopen the classroom on ${saved.address}:${saved.port}: ${(error as Error).message}`);
        saveClassroom(this.ctx.db, null);
      }
    });
  }

  /** The host is stopping: the listener goes, the classroom stays open in the library for the next start. */
  shutdown(): Promise<void> {
    return this.serially(async () => {
      const open = this.current;
      this.current = null;
      await open?.listener.close(0);
    });
  }

  /**
   * Whether the loopback server lets a session in: a participant (someone who joined by code) only while their
   * workshop's classroom is open; the trainer and the host's own credentials always.
   */
  admits(session: Session): boolean {
    if (!this.isParticipant(session)) return true;
    return this.current?.workshopId === session.workshopId;
  }

  /**
   * A new read-only display link for the open classroom: a viewer session of its workshop, on the classroom address.
   * Each call makes another (a hall may have several screens); revokeDisplays ends them all. Null when closed.
   */
  issueDisplay(workshopId: string): DisplayLink | null {
    const open = this.current;
    if (open?.workshopId !== workshopId) return null;
    const { token } = issueSession(this.ctx.db, { role: 'viewer', workshopId });
    return { url: `http://${open.address}:${open.listener.port}/#${DISPLAY_FRAGMENT}=${token}` };
  }

  /** Revokes every display of the workshop and ends their connections; says how many credentials it revoked. */
  revokeDisplays(workshopId: string): number {
    const revoked = revokeDisplaySessions(this.ctx.db, workshopId);
    this.ctx.hub.endSessions((s) => s.role === 'viewer' && s.workshopId === workshopId, 'removed');
    return revoked;
  }

  /** The code on the projector, for a display of the open classroom's workshop (it shows the join card too). */
  joinCodeFor(session: Session): string | undefined {
    return session.role === 'viewer' && this.current?.workshopId === session.workshopId ? this.current.code : undefined;
  }

  /** Committed changes the classroom acts on: a removed participant loses their credential and connections at once. */
  onCommit(change: Change): void {
    const removed = change.effect?.del.participants ?? [];
    if (removed.length > 0) {
      for (const id of removed) revokeParticipantSession(this.ctx.db, change.workshopId, id);
      const ids = new Set(removed);
      this.ctx.hub.endSessions((s) => s.role !== 'trainer' && s.workshopId === change.workshopId && ids.has(s.sessionId), 'removed');
    }
    if (change.library?.del && change.workshopId === this.current?.workshopId) {
      this.close().catch((error: unknown) => console.error('closing the classroom of a deleted workshop failed', error));
    }
  }

  private isParticipant(session: Session): boolean {
    if (session.role === 'trainer' || !session.workshopId) return false;
    return Boolean(this.ctx.engine.docs.get(session.workshopId)?.participants[session.sessionId]);
  }

  private async start(workshopId: string, address: string, port: number, code: string): Promise<void> {
    const admitted = new WeakSet<Session>();
    const listener = await startLanListener({
      address,
      port,
      staticDir: this.ctx.staticDir,
      limits: this.ctx.limits,
      authenticate: (token) => {
        const session = sessionByToken(this.ctx.db, token);
        // The trainer's credential never travels over the classroom network, and is refused if it does.
        if (!session || session.role === 'trainer' || session.workshopId !== workshopId || this.current?.workshopId !== workshopId) return null;
        touchSession(this.ctx.db, session.sessionId);
        admitted.add(session);
        return session;
      },
      join: (req, res) =>
        handleJoin(req, res, {
          db: this.ctx.db,
          engine: this.ctx.engine,
          attempts: this.attempts,
          joins: this.joins,
          sessions: this.sessions,
          open: () => (this.current?.workshopId === workshopId ? { workshopId, code } : null),
        }),
      describeSession: this.ctx.describeSession,
      onConnection: this.ctx.onConnection,
    });
    this.current = { workshopId, address, code, listener, admitted };
    saveClassroom(this.ctx.db, { workshopId, address, port: listener.port, code });
  }

  /** Closes the classroom: every participant's socket, on any listener, hears why before it is closed. */
  private async stop(): Promise<void> {
    const open = this.current;
    if (!open) return;
    this.current = null;
    saveClassroom(this.ctx.db, null);
    this.ctx.hub.endSessions(
      (s) => open.admitted.has(s) || (s.workshopId === open.workshopId && this.isParticipant(s)),
      'classroomClosed',
    );
    await open.listener.close(BYE_GRACE_MS);
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
