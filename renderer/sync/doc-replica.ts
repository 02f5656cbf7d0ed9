import { applyEffect, type WorkshopDoc } from '../../shared/core/doc.ts';
import { reduce } from '../../shared/core/reduce.ts';
import type { Change } from '../../shared/protocol/messages.ts';
import { isLibraryOp, type ContentOp } from '../../shared/protocol/ops.ts';
import type { Pending } from './pending.ts';

/**
 * One workshop as this client holds it: `confirmed` is exactly what the host stored (snapshots and the effects of
 * committed changes, applied in seq order); the view adds this client's own pending edits, predicted with the shared
 * reducer. A prediction the reducer refuses is simply left out; the host's answer settles it either way.
 */
export class DocReplica {
  confirmed: WorkshopDoc | null = null;
  seq = 0;
  gone = false;
  refs = 0;
  private cachedView: WorkshopDoc | null = null;
  private cachedFor: readonly Pending[] | null = null;

  constructor(readonly workshopId: string) {}

  get subscribed(): boolean {
    return this.refs > 0;
  }

  snapshot(doc: WorkshopDoc, seq: number): void {
    this.confirmed = doc;
    this.seq = seq;
    this.cachedFor = null;
  }

  /** Applies a committed change once; a change at or below the seq held is a repeat from a catch-up. */
  change(change: Change): void {
    if (this.confirmed === null || change.seq <= this.seq) return;
    if (change.effect) this.confirmed = applyEffect(this.confirmed, change.effect);
    this.seq = change.seq;
    this.cachedFor = null;
  }

  /** Stable identity until the confirmed doc or the pending list changes, as React's useSyncExternalStore needs. */
  view(pending: readonly Pending[]): WorkshopDoc | null {
    if (this.confirmed === null) return null;
    if (this.cachedFor === pending && this.cachedView) return this.cachedView;
    let doc = this.confirmed;
    for (const p of pending) {
      if (!this.shows(p)) continue;
      try {
        doc = applyEffect(doc, reduce(doc, p.op as ContentOp, p.at));
      } catch {
        // The host will refuse it too, or settle it otherwise: nothing to predict.
      }
    }
    this.cachedView = doc;
    this.cachedFor = pending;
    return doc;
  }

  /** Whether a pending edit still belongs in this copy's view. */
  shows(p: Pending): boolean {
    if (isLibraryOp(p.op) || p.op.payload.workshopId !== this.workshopId) return false;
    return p.committedSeq === undefined || p.committedSeq > this.seq;
  }
}
