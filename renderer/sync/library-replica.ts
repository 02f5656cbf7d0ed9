import type { Workshop } from '../../shared/domain/workshop.ts';
import { predictLibrary } from '../../shared/deliverables/workshop/library-ops.ts';
import type { Change } from '../../shared/protocol/messages.ts';
import { isLibraryOp, type Op } from '../../shared/protocol/ops.ts';
import type { Pending } from './pending.ts';

/** Whether an op changes the workshop list (its own ops, and edits of a workshop's details). */
export const touchesLibrary = (op: Op): boolean => isLibraryOp(op) || op.type === 'workshop.update';

/**
 * The trainer's workshop list: confirmed rows from the host, plus this client's pending list edits on top.
 */
export class LibraryReplica {
  confirmed: Workshop[] | null = null;
  seq = 0;
  refs = 0;
  private cachedView: { workshops: Workshop[] } | null = null;
  private cachedFor: readonly Pending[] | null = null;

  get subscribed(): boolean {
    return this.refs > 0;
  }

  snapshot(workshops: Workshop[], seq: number): void {
    this.confirmed = workshops;
    this.seq = seq;
    this.cachedFor = null;
  }

  change(change: Change): void {
    if (this.confirmed === null || change.seq <= this.seq) return;
    const row = change.library?.put ?? change.effect?.workshop;
    if (change.library?.del) this.confirmed = this.confirmed.filter((w) => w.id !== change.workshopId);
    else if (row) {
      const at = this.confirmed.findIndex((w) => w.id === row.id);
      this.confirmed = at < 0 ? [...this.confirmed, row] : this.confirmed.map((w, i) => (i === at ? row : w));
    }
    this.seq = change.seq;
    this.cachedFor = null;
  }

  view(pending: readonly Pending[]): { workshops: Workshop[] } | null {
    if (this.confirmed === null) return null;
    if (this.cachedFor === pending && this.cachedView) return this.cachedView;
    let list = this.confirmed;
    for (const p of pending) {
      if (!this.shows(p)) continue;
      const op = p.op;
      if (isLibraryOp(op)) list = predictLibrary(list, op, p.at);
      else if (op.type === 'workshop.update') {
        list = list.map((w) => (w.id === op.payload.workshopId ? { ...w, ...op.payload.patch, updatedAt: p.at } : w));
      }
    }
    this.cachedView = { workshops: list };
    this.cachedFor = pending;
    return this.cachedView;
  }

  shows(p: Pending): boolean {
    return touchesLibrary(p.op) && (p.committedSeq === undefined || p.committedSeq > this.seq);
  }
}
