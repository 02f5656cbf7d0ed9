import type { WorkshopDoc } from '../../shared/core/doc.ts';
import type { FieldRef } from '../../shared/core/fields.ts';
import { touchedFields } from '../../shared/core/reduce.ts';
import { newId } from '../../shared/domain/ids.ts';
import type { LibraryState } from '../../shared/domain/state.ts';
import {
  HostMessage,
  PROTOCOL_VERSION,
  type ByeReason,
  type Change,
  type ClientMessage,
  type Scope,
  type Volatile,
} from '../../shared/protocol/messages.ts';
import { isLibraryOp, type ContentOp, type Op, type OpInput } from '../../shared/protocol/ops.ts';
import type { Reason } from '../../shared/protocol/reasons.ts';
import type { Role } from '../../shared/protocol/session.ts';
import { DocReplica } from './doc-replica.ts';
import { hostClockOffset } from './host-clock.ts';
import { LibraryReplica } from './library-replica.ts';
import { addNotice, type Notice } from './notices.ts';
import type { OutboxStore } from './outbox-store.ts';
import type { Pending } from './pending.ts';
import { PresenceStore } from './presence-store.ts';

export type Status = 'connecting' | 'online' | 'offline' | 'refused';
export type { Notice };

/** The part of the browser's WebSocket the client uses; the `ws` package's client fits too (tests, bench). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface SyncClientOptions {
  url: string;
  /** Read at every (re)connect: the credential may change while the page is open. */
  token: () => string | null;
  clientId?: string;
  name?: string;
  createSocket: (url: string, protocols: string[]) => SocketLike;
  /** Asked when a socket closes before the host greeted it: was the credential refused, or is the host away? */
  checkSession: () => Promise<'unauthorized' | 'unreachable' | 'ok'>;
  /** Keeps unacknowledged edits across reloads (IndexedDB in the browser). */
  outbox?: OutboxStore;
  /** How long a held op (disk full on the host) waits before it is sent again. */
  holdRetryMs?: number;
  /** How often a greeted page asks the host whether it is still there (default 20 s). */
  pingEveryMs?: number;
  /** How long a socket may stay silent after such a question before it counts as dead (default 20 s). */
  silentMs?: number;
  /** The same when the page wakes (shown again, network back): someone is looking at it (default 5 s). */
  wakeSilentMs?: number;
}

const OPEN = 1;

/**
 * Keeps this page's copies of the library and of open workshops in step with the host. Edits show at once (predicted
 * by the shared reducer), are sent in order, survive reconnects, reloads and host restarts (kept in the outbox until
 * acknowledged; resent and deduplicated by opId on the host) and roll back if the host refuses them. What a copy holds
 * as confirmed is always the host's stored effect, never the prediction.
 */
export class SyncClient {
  status: Status = 'connecting';
  reason: Reason | undefined;
  role: Role | null = null;
  /** A member's team (null: the trainer, a viewer, or a member of no team), so screens offer only what they may create. */
  teamId: string | null = null;
  notices: readonly Notice[] = [];
  /** Why the host ended this connection for good (the classroom closed, the trainer removed this person), or null. */
  ended: ByeReason | null = null;
  /** The host's clock minus this device's, from the last greeting (0 until greeted). */
  hostOffsetMs = 0;
  readonly clientId: string;
  readonly presence = new PresenceStore();

  private socket: SocketLike | null = null;
  private greeted = false;
  private helloSentAt = 0;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  /** The earliest moment a question to the host must have been answered by (anything heard counts). */
  private deadline: { due: number; askedAt: number; timer: ReturnType<typeof setTimeout> } | null = null;
  private lastHeard = 0;
  private pings = 0;
  private closed = false;
  private readonly library = new LibraryReplica();
  private readonly workshops = new Map<string, DocReplica>();
  private pendingList: readonly Pending[] = [];
  private editing: { workshopId: string; field: FieldRef } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SyncClientOptions) {
    this.clientId = options.clientId ?? newId();
  }

  /** Takes back edits a previous page left unsent (reload, crash, host restart), then connects. */
  async restore(): Promise<void> {
    const saved = (await this.options.outbox?.load().catch(() => [])) ?? [];
    const known = new Set(this.pendingList.map((p) => p.op.opId));
    const back = saved.filter((p) => !known.has(p.op.opId)).map((p) => ({ op: p.op, at: p.at }));
    if (back.length) this.setPending([...back, ...this.pendingList]);
  }

  /**
   * Opens a socket, and keeps trying until the host greets it. After a bye, `ended` stays until then: "try again"
   * while the classroom is still closed keeps saying so (and takes no edits) instead of showing a room that is not there.
   */
  connect(): void {
    this.closed = false;
    if (this.status !== 'refused') this.status = 'connecting';
    this.greeted = false;
    const socket = this.options.createSocket(this.options.url, ['satisfy', `auth.${this.options.token() ?? ''}`]);
    this.socket = socket;
    socket.onopen = () => {
      this.helloSentAt = Date.now();
      this.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: this.clientId, name: this.options.name ?? '' });
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      void this.afterClose(this.greeted);
    };
    this.emit();
  }

  close(): void {
    this.closed = true;
    this.stopLiveness();
    clearTimeout(this.retryTimer);
    clearTimeout(this.holdTimer);
    this.socket?.close(1000);
    this.socket = null;
  }

  /** React's useSyncExternalStore subscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Edits not yet acknowledged by the host. */
  get pending(): number {
    return this.pendingList.filter((p) => p.committedSeq === undefined).length;
  }

  /** Every edit this client still holds: unacknowledged, or acknowledged but not yet in the copy that shows it. */
  get held(): readonly Pending[] {
    return this.pendingList;
  }

  /** Asked to try again after a bye, and still trying (the host has not greeted this page yet). */
  get retrying(): boolean {
    return this.ended !== null && !this.closed;
  }

  /** Whether edits are accepted: a page that cannot get back in must not pretend to save. */
  get canEdit(): boolean {
    return this.status !== 'refused' && this.ended === null;
  }

  /** Now by the host's clock: timers are host timestamps, and a phone's own clock may be minutes off. */
  hostNow(): number {
    return Date.now() + this.hostOffsetMs;
  }

  libraryView(): LibraryState | null {
    return this.library.view(this.pendingList);
  }

  docView(workshopId: string): WorkshopDoc | null {
    return this.workshops.get(workshopId)?.view(this.pendingList) ?? null;
  }

  /** The host's copy only, without this client's predictions (tests compare it with the database). */
  confirmedDoc(workshopId: string): WorkshopDoc | null {
    return this.workshops.get(workshopId)?.confirmed ?? null;
  }

  isGone(workshopId: string): boolean {
    return this.workshops.get(workshopId)?.gone ?? false;
  }

  watchLibrary(): () => void {
    if (this.library.refs++ === 0) this.sendSubscribe({ kind: 'library' });
    return () => {
      if (--this.library.refs > 0) return;
      this.send({ type: 'unsubscribe', scope: { kind: 'library' } });
      this.library.confirmed = null;
      this.prune();
    };
  }

  watchWorkshop(workshopId: string): () => void {
    let replica = this.workshops.get(workshopId);
    if (!replica) this.workshops.set(workshopId, (replica = new DocReplica(workshopId)));
    const entry = replica;
    if (entry.refs++ === 0) this.sendSubscribe({ kind: 'workshop', workshopId });
    return () => {
      if (--entry.refs > 0) return;
      this.send({ type: 'unsubscribe', scope: { kind: 'workshop', workshopId } });
      this.workshops.delete(workshopId);
      this.prune();
    };
  }

  /** Shows the edit at once and sends it; returns its opId, or null when this page may not edit (it says why). */
  submit(input: OpInput): string | null {
    if (!this.canEdit) {
      const why: Reason = this.ended === 'classroomClosed' ? { code: 'classroomClosed' } : (this.reason ?? { code: 'unauthorized' });
      this.notify({ kind: 'rejected', reason: why, opType: input.type });
      this.emit();
      return null;
    }
    const pending: Pending = { op: { ...input, opId: newId() } as Op, at: new Date().toISOString() };
    this.options.outbox?.put(pending);
    this.setPending([...this.pendingList, pending]);
    if (this.greeted) this.send({ type: 'op', op: pending.op });
    this.emit();
    return pending.op.opId;
  }

  /** Tells the others in a workshop which field this user is typing in (null: none). */
  reportEditing(workshopId: string, field: FieldRef | null): void {
    this.editing = field ? { workshopId, field } : null;
    if (this.greeted) this.send({ type: 'presence', workshopId, editing: field });
  }

  /** A drag or cursor position for the others; never stored. */
  sendVolatile(workshopId: string, data: Volatile): void {
    if (this.greeted) this.send({ type: 'volatile', workshopId, data });
  }

  get name(): string {
    return this.options.name ?? '';
  }

  /** The name the others see in presence; takes effect at once, and at every reconnect. */
  setName(name: string): void {
    this.options.name = name;
    if (this.greeted) this.send({ type: 'name', name });
    this.emit();
  }

  dismiss(noticeId: string): void {
    this.notices = this.notices.filter((n) => n.id !== noticeId);
    this.emit();
  }

  private setPending(list: readonly Pending[]): void {
    this.pendingList = list;
  }

  private sendSubscribe(scope: Scope): void {
    if (!this.greeted) return;
    const replica = scope.kind === 'workshop' ? this.workshops.get(scope.workshopId) : undefined;
    this.send({ type: 'subscribe', scope, sinceSeq: replica?.confirmed ? replica.seq : undefined });
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private notify(notice: Omit<Notice, 'id' | 'at' | 'count'>): void {
    this.notices = addNotice(this.notices, notice);
  }

  /** Drops settled edits that no copy in view still needs (a copy shows its own committed edit until it holds it). */
  private prune(): void {
    const keep = this.pendingList.filter(
      (p) =>
        p.committedSeq === undefined ||
        (this.library.confirmed !== null && this.library.shows(p)) ||
        [...this.workshops.values()].some((w) => w.confirmed !== null && w.shows(p)),
    );
    if (keep.length !== this.pendingList.length) this.setPending(keep);
  }

  private settle(opId: string, committedSeq: number | null): Op | undefined {
    const found = this.pendingList.find((p) => p.op.opId === opId);
    if (!found) return undefined;
    this.options.outbox?.remove(opId);
    this.setPending(
      committedSeq === null
        ? this.pendingList.filter((p) => p !== found)
        : this.pendingList.map((p) => (p === found ? { ...p, committedSeq, retryAt: undefined } : p)),
    );
    return found.op;
  }

  /**
   * The page was shown again or its network came back: a phone that slept, or walked out of the Wi-Fi, may hold a
   * socket the host has long dropped. Ask now, and if nothing comes back soon, connect afresh and resend.
   */
  checkAlive(): void {
    this.probe(this.options.wakeSilentMs ?? 5000);
  }

  /**
   * A socket can die without closing (Wi-Fi lost, a laptop lid shut): the browser learns only when it next sends, and
   * meanwhile the page shows a room that has moved on. So a greeted page asks regularly, and one that hears nothing
   * for `ms` after asking drops the socket and reconnects (its pending edits are resent, its copies catch up).
   */
  private probe(ms: number): void {
    if (!this.greeted || !this.socket) return;
    const askedAt = Date.now();
    this.send({ type: 'ping', n: ++this.pings });
    const due = askedAt + ms;
    if (this.deadline && this.deadline.due <= due) return;
    if (this.deadline) clearTimeout(this.deadline.timer);
    this.deadline = {
      due,
      askedAt,
      timer: setTimeout(() => {
        this.deadline = null;
        if (this.lastHeard < askedAt) this.dropDeadSocket();
      }, ms),
    };
  }

  private startLiveness(): void {
    this.stopLiveness();
    this.pingTimer = setInterval(() => this.probe(this.options.silentMs ?? 20_000), this.options.pingEveryMs ?? 20_000);
  }

  private stopLiveness(): void {
    clearInterval(this.pingTimer);
    if (this.deadline) clearTimeout(this.deadline.timer);
    this.deadline = null;
  }

  /** Gives up a silent socket as if it had closed: its late events are ignored, and the usual reconnect follows. */
  private dropDeadSocket(): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close();
    } catch {
      // Already closing: nothing to do.
    }
    void this.afterClose(this.greeted);
  }

  private receive(data: unknown): void {
    this.lastHeard = Date.now();
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return;
    }
    const parsed = HostMessage.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'welcome':
        this.greeted = true;
        this.ended = null;
        this.retries = 0;
        this.hostOffsetMs = hostClockOffset(this.helloSentAt, message.hostTime, Date.now());
        this.status = 'online';
        this.reason = undefined;
        this.role = message.role;
        this.teamId = message.teamId;
        this.startLiveness();
        // Ops first: a workshop created while offline must exist before its subscription is asked for.
        for (const p of this.pendingList) if (p.committedSeq === undefined) this.send({ type: 'op', op: p.op });
        if (this.library.refs > 0) this.sendSubscribe({ kind: 'library' });
        for (const [workshopId, replica] of this.workshops) if (replica.refs > 0) this.sendSubscribe({ kind: 'workshop', workshopId });
        if (this.editing) this.reportEditing(this.editing.workshopId, this.editing.field);
        break;
      case 'bye':
        // No reconnecting: the host would only refuse again. The page says why; "try again" calls connect().
        this.ended = message.reason;
        this.status = 'offline';
        this.closed = true;
        this.stopLiveness();
        clearTimeout(this.retryTimer);
        break;
      case 'refused':
        this.status = 'refused';
        this.reason = message.reason;
        this.closed = true;
        break;
      case 'snapshot':
        if (this.library.refs > 0) this.library.snapshot(message.state.workshops, message.seq);
        this.prune();
        break;
      case 'doc': {
        const replica = this.workshops.get(message.workshopId);
        if (replica?.subscribed) replica.snapshot(message.doc, message.seq);
        this.prune();
        break;
      }
      case 'changes':
        for (const change of message.changes) this.applyChange(change);
        this.prune();
        break;
      case 'change':
        this.applyChange(message.change);
        this.prune();
        break;
      case 'ack':
        this.settle(message.opId, message.seq);
        this.prune();
        break;
      case 'reject': {
        const op = message.opId ? this.settle(message.opId, null) : undefined;
        this.notify({ kind: 'rejected', reason: message.reason, opType: op?.type });
        break;
      }
      case 'hold':
        this.hold(message.opId, message.reason);
        break;
      case 'gone': {
        const replica = this.workshops.get(message.workshopId);
        if (replica) replica.gone = true;
        break;
      }
      case 'presence':
        this.presence.set(
          message.workshopId,
          message.peers.filter((p) => p.clientId !== this.clientId),
        );
        return;
      case 'peer':
        if (message.peer.clientId !== this.clientId) this.presence.upsert(message.workshopId, message.peer);
        return;
      case 'peerLeft':
        this.presence.leave(message.workshopId, message.conn);
        return;
      case 'volatile':
        this.presence.setVolatile(message.workshopId, message.clientId, message.data);
        return;
      case 'pong':
        return;
      case 'error':
        if (message.reason.code === 'forbidden') this.notify({ kind: 'rejected', reason: message.reason });
        else console.warn('host could not use a message:', message.reason.detail);
        break;
    }
    this.emit();
  }

  /** The host could not store the op yet (its disk is full…): keep it, say so once, send it again later. */
  private hold(opId: string, reason: Reason): void {
    const retryMs = this.options.holdRetryMs ?? 5000;
    this.setPending(this.pendingList.map((p) => (p.op.opId === opId ? { ...p, retryAt: Date.now() + retryMs } : p)));
    this.notify({ kind: 'held', reason });
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => {
      for (const p of this.pendingList) if (p.retryAt !== undefined && p.committedSeq === undefined) this.send({ type: 'op', op: p.op });
    }, retryMs);
  }

  private applyChange(change: Change): void {
    const mine = change.clientId === this.clientId;
    const editing = this.editing;
    if (
      !mine &&
      editing &&
      editing.workshopId === change.workshopId &&
      !isLibraryOp(change.op) &&
      touchedFields(change.op as ContentOp).some((f) => f.entityId === editing.field.entityId && f.field === editing.field.field)
    ) {
      this.notify({ kind: 'overwritten', opType: change.op.type });
    }
    // Only subscribed copies take changes: a copy that skipped seqs would miss them in its catch-up.
    if (this.library.refs > 0 && (change.library || change.effect?.workshop)) this.library.change(change);
    const replica = this.workshops.get(change.workshopId);
    if (replica?.subscribed) replica.change(change);
  }

  private async afterClose(wasGreeted: boolean): Promise<void> {
    this.greeted = false;
    this.stopLiveness();
    if (this.closed) return this.emit();
    if (!wasGreeted) {
      const session = await this.options.checkSession().catch(() => 'unreachable' as const);
      if (session === 'unauthorized') {
        this.status = 'refused';
        this.reason = { code: 'unauthorized' };
        this.closed = true;
        return this.emit();
      }
    }
    this.status = 'offline';
    this.emit();
    const delay = Math.min(10_000, 500 * 2 ** this.retries++);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }
}
