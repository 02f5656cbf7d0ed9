import type { LibraryState, WorkshopState } from '../../shared/domain/state.ts';
import { newId } from '../../shared/domain/ids.ts';
import {
  HostMessage,
  PROTOCOL_VERSION,
  type ClientMessage,
  type Peer,
  type Role,
  type Scope,
} from '../../shared/protocol/messages.ts';
import { LIBRARY_OPS, type Op, type OpInput, type OpType } from '../../shared/protocol/ops.ts';
import type { Reason } from '../../shared/protocol/reasons.ts';
import { applyToLibrary, applyToWorkshop } from '../../shared/rules/apply-op.ts';
import { touchedFields, type FieldRef } from '../../shared/rules/touched-fields.ts';
import { Replica } from './replica.ts';

export type Status = 'connecting' | 'online' | 'offline' | 'refused';

export interface Notice {
  id: string;
  kind: 'rejected' | 'overwritten';
  reason?: Reason;
  opType?: OpType;
  at: number;
}

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
  token: string;
  clientId?: string;
  name?: string;
  createSocket: (url: string, protocols: string[]) => SocketLike;
  /** Asked when a socket closes before the host greeted it: was the token refused, or is the host away? */
  checkSession: () => Promise<'unauthorized' | 'unreachable' | 'ok'>;
}

interface WorkshopEntry {
  replica: Replica<WorkshopState>;
  gone: boolean;
  refs: number;
  peers: Peer[];
}

const OPEN = 1;

/**
 * Keeps this page's copies of the library and of open workshops in step with the host. Edits apply at once
 * (optimistically), are sent in order, survive reconnects (resent, deduplicated by opId on the host) and roll back
 * if the host refuses them.
 */
export class SyncClient {
  status: Status = 'connecting';
  reason: Reason | undefined;
  role: Role | null = null;
  notices: readonly Notice[] = [];
  readonly clientId: string;

  private socket: SocketLike | null = null;
  private greeted = false;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly library = new Replica<LibraryState>(applyToLibrary);
  private libraryRefs = 0;
  private readonly workshops = new Map<string, WorkshopEntry>();
  private outbox: Op[] = [];
  private editing: FieldRef | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SyncClientOptions) {
    this.clientId = options.clientId ?? newId();
  }

  connect(): void {
    this.closed = false;
    this.status = this.status === 'refused' ? 'refused' : 'connecting';
    this.greeted = false;
    const socket = this.options.createSocket(this.options.url, ['satisfy', `auth.${this.options.token}`]);
    this.socket = socket;
    socket.onopen = () => this.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: this.clientId, name: this.options.name ?? '' });
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
    clearTimeout(this.retryTimer);
    this.socket?.close(1000);
    this.socket = null;
  }

  /** React's useSyncExternalStore subscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get pending(): number {
    return this.outbox.length;
  }

  libraryView(): LibraryState | null {
    return this.library.view();
  }

  workshopView(workshopId: string): { state: WorkshopState | null; gone: boolean } {
    const entry = this.workshops.get(workshopId);
    return { state: entry?.replica.view() ?? null, gone: entry?.gone ?? false };
  }

  peers(workshopId: string): Peer[] {
    return this.workshops.get(workshopId)?.peers ?? [];
  }

  watchLibrary(): () => void {
    if (this.libraryRefs++ === 0) this.sendSubscribe({ kind: 'library' });
    return () => {
      if (--this.libraryRefs === 0) this.send({ type: 'unsubscribe', scope: { kind: 'library' } });
    };
  }

  watchWorkshop(workshopId: string): () => void {
    let entry = this.workshops.get(workshopId);
    if (!entry) {
      entry = { replica: new Replica(applyToWorkshop), gone: false, refs: 0, peers: [] };
      this.workshops.set(workshopId, entry);
    }
    if (entry.refs++ === 0) this.sendSubscribe({ kind: 'workshop', workshopId });
    return () => {
      if (--entry.refs > 0) return;
      this.send({ type: 'unsubscribe', scope: { kind: 'workshop', workshopId } });
      if (!entry.replica.pendingOps.length) this.workshops.delete(workshopId);
    };
  }

  /** Applies the edit here at once and sends it; returns its opId. */
  submit(input: OpInput): string {
    const op = { ...input, opId: newId() } as Op;
    const at = new Date().toISOString();
    this.outbox.push(op);
    if (LIBRARY_OPS.has(op.type) || this.library.hasSnapshot) this.library.add(op, at);
    this.workshops.get(op.payload.workshopId)?.replica.add(op, at);
    if (this.greeted) this.send({ type: 'op', op });
    this.emit();
    return op.opId;
  }

  /** Tells the others in the open workshop which field this user is typing in (null: none). */
  reportEditing(editing: FieldRef | null): void {
    this.editing = editing;
    const workshopId = [...this.workshops].find(([, entry]) => entry.refs > 0)?.[0];
    if (this.greeted && workshopId) this.send({ type: 'presence', workshopId, editing });
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

  private sendSubscribe(scope: Scope): void {
    if (!this.greeted) return;
    const sinceSeq = scope.kind === 'workshop' ? this.workshops.get(scope.workshopId)?.replica : undefined;
    this.send({ type: 'subscribe', scope, sinceSeq: sinceSeq?.hasSnapshot ? sinceSeq.seq : undefined });
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private notify(notice: Omit<Notice, 'id' | 'at'>): void {
    this.notices = [...this.notices.slice(-4), { ...notice, id: newId(), at: Date.now() }];
  }

  /** The op is settled on the host: no resend. Returns it, if it was still waiting. */
  private unqueue(opId: string): Op | undefined {
    const op = this.outbox.find((o) => o.opId === opId);
    this.outbox = this.outbox.filter((o) => o.opId !== opId);
    return op;
  }

  private receive(data: unknown): void {
    const parsed = HostMessage.safeParse(JSON.parse(String(data)));
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'welcome':
        this.greeted = true;
        this.retries = 0;
        this.status = 'online';
        this.reason = undefined;
        this.role = message.role;
        // Ops first: a workshop created while offline must exist before its subscription is asked for.
        for (const op of this.outbox) this.send({ type: 'op', op });
        if (this.libraryRefs > 0) this.sendSubscribe({ kind: 'library' });
        for (const [workshopId, entry] of this.workshops) if (entry.refs > 0) this.sendSubscribe({ kind: 'workshop', workshopId });
        if (this.editing) this.reportEditing(this.editing);
        break;
      case 'refused':
        this.status = 'refused';
        this.reason = message.reason;
        this.closed = true;
        break;
      case 'snapshot':
        if (message.scope.kind === 'library') this.library.snapshot(message.state as LibraryState, message.seq);
        else this.workshops.get(message.scope.workshopId)?.replica.snapshot(message.state as WorkshopState, message.seq);
        break;
      case 'changes':
        for (const change of message.changes) this.applyChange(change);
        break;
      case 'change':
        this.applyChange(message.change);
        break;
      case 'ack':
        this.unqueue(message.opId);
        this.library.committed(message.opId, message.seq);
        for (const entry of this.workshops.values()) entry.replica.committed(message.opId, message.seq);
        break;
      case 'reject': {
        const op = message.opId ? this.unqueue(message.opId) : undefined;
        if (message.opId) {
          this.library.drop(message.opId);
          for (const entry of this.workshops.values()) entry.replica.drop(message.opId);
        }
        this.notify({ kind: 'rejected', reason: message.reason, opType: op?.type });
        break;
      }
      case 'gone': {
        const entry = this.workshops.get(message.workshopId);
        if (entry) entry.gone = true;
        break;
      }
      case 'presence': {
        const entry = this.workshops.get(message.workshopId);
        if (entry) entry.peers = message.peers.filter((p) => p.clientId !== this.clientId);
        break;
      }
      case 'error':
        console.warn('host could not use a message:', message.reason.detail);
        return;
    }
    this.emit();
  }

  private applyChange(change: HostMessage & { type: 'change' } extends { change: infer C } ? C : never): void {
    this.unqueue(change.op.opId);
    const mine = change.clientId === this.clientId;
    if (!mine && this.editing && touchedFields(change.op).some((f) => f.entityId === this.editing?.entityId && f.field === this.editing.field)) {
      this.notify({ kind: 'overwritten', opType: change.op.type });
    }
    // Only subscribed copies take changes: a copy kept after leaving (for its pending ops) would otherwise skip seqs
    // it never saw, and its catch-up on return would miss them.
    if (this.libraryRefs > 0) this.library.change(change);
    const entry = this.workshops.get(change.workshopId);
    if (entry && entry.refs > 0) entry.replica.change(change);
  }

  private async afterClose(wasGreeted: boolean): Promise<void> {
    this.greeted = false;
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
