import type { Change } from '../../shared/protocol/messages.ts';
import type { Op } from '../../shared/protocol/ops.ts';

type Apply<S> = (state: S, op: Op, at: string) => S;

interface Pending {
  op: Op;
  at: string;
  /** Set by the host's ack: the op is committed at this seq, and stays in the view until the copy reaches it. */
  committedAt?: number;
}

/**
 * One scope's copy of host state: what the host confirmed (in seq order) with this client's unconfirmed ops
 * replayed on top. A host change rebases the pending ops; a rejection simply drops one, which rolls it back.
 * Changes must arrive without gaps (only while subscribed), so `seq` always means "everything up to here".
 */
export class Replica<S> {
  private confirmed: S | null = null;
  private pending: Pending[] = [];
  private cachedView: S | null = null;
  seq = 0;

  constructor(private readonly apply: Apply<S>) {}

  get hasSnapshot(): boolean {
    return this.confirmed !== null;
  }

  get pendingOps(): readonly Op[] {
    return this.pending.map((p) => p.op);
  }

  /** Stable identity until something changes, as React's useSyncExternalStore needs. */
  view(): S | null {
    if (this.cachedView === null && this.confirmed !== null) {
      this.cachedView = this.pending.reduce<S>((state, p) => this.apply(state, p.op, p.at), this.confirmed);
    }
    return this.cachedView;
  }

  snapshot(state: S, seq: number): void {
    this.confirmed = state;
    this.seq = seq;
    this.prune();
    this.cachedView = null;
  }

  /** Applies a committed change once; changes at or below the seq already held are repeats from a catch-up. */
  change(change: Change): void {
    this.drop(change.op.opId);
    if (this.confirmed === null || change.seq <= this.seq) return;
    this.confirmed = this.apply(this.confirmed, change.op, change.at);
    this.seq = change.seq;
    this.prune();
    this.cachedView = null;
  }

  add(op: Op, at: string): void {
    this.pending.push({ op, at });
    this.cachedView = null;
  }

  /**
   * The host committed `opId` at `seq`. An ack can overtake the change that carries the op (after a reconnect the
   * ops are resent before the subscription), so the op leaves the view only once the copy holds that seq.
   */
  committed(opId: string, seq: number): void {
    const entry = this.pending.find((p) => p.op.opId === opId);
    if (!entry) return;
    entry.committedAt = seq;
    if (this.prune()) this.cachedView = null;
  }

  /** Forgets a pending op at once (the host refused it: the view rolls back). */
  drop(opId: string): void {
    const before = this.pending.length;
    this.pending = this.pending.filter((p) => p.op.opId !== opId);
    if (this.pending.length !== before) this.cachedView = null;
  }

  private prune(): boolean {
    const before = this.pending.length;
    if (this.confirmed !== null) this.pending = this.pending.filter((p) => p.committedAt === undefined || p.committedAt > this.seq);
    return this.pending.length !== before;
  }
}
