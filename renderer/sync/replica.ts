import type { Change } from '../../shared/protocol/messages.ts';
import type { Op } from '../../shared/protocol/ops.ts';

type Apply<S> = (state: S, op: Op, at: string) => S;

/**
 * One scope's copy of host state: what the host confirmed (in seq order) with this client's unconfirmed ops
 * replayed on top. A host change rebases the pending ops; a rejection simply drops one, which rolls it back.
 */
export class Replica<S> {
  private confirmed: S | null = null;
  private pending: { op: Op; at: string }[] = [];
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
    this.cachedView = null;
  }

  /** Applies a committed change once; changes at or below the seq already held are repeats from a catch-up. */
  change(change: Change): void {
    this.drop(change.op.opId);
    if (this.confirmed === null || change.seq <= this.seq) return;
    this.confirmed = this.apply(this.confirmed, change.op, change.at);
    this.seq = change.seq;
    this.cachedView = null;
  }

  add(op: Op, at: string): void {
    this.pending.push({ op, at });
    this.cachedView = null;
  }

  /** Forgets a pending op (acknowledged elsewhere, or rejected: then the view rolls back). */
  drop(opId: string): boolean {
    const before = this.pending.length;
    this.pending = this.pending.filter((p) => p.op.opId !== opId);
    if (this.pending.length === before) return false;
    this.cachedView = null;
    return true;
  }
}
