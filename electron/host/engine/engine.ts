import { authorize } from '../../../shared/core/authorize.ts';
import { applyEffect, type WorkshopDoc } from '../../../shared/core/doc.ts';
import { keptOp } from '../../../shared/core/kept-op.ts';
import { reduce } from '../../../shared/core/reduce.ts';
import { Refusal } from '../../../shared/core/refusal.ts';
import type { Change } from '../../../shared/protocol/messages.ts';
import { isLibraryOp, OpSchema, type ContentOp } from '../../../shared/protocol/ops.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { appendChange, loggedOp } from '../store/change-log.ts';
import type { Db } from '../store/database.ts';
import { persistEffect, type DocCache } from '../store/doc-store.ts';
import { storageFailure } from '../store/storage-errors.ts';
import { LIBRARY_HANDLERS } from './library-handlers.ts';
import { reasonFromZod } from './validation.ts';

export type OpResult =
  | { kind: 'applied'; change: Change }
  | { kind: 'duplicate'; opId: string; seq: number }
  | { kind: 'rejected'; opId?: string; reason: Reason }
  /** Not stored for a passing reason (disk full): the client keeps the op and sends it again. */
  | { kind: 'held'; opId?: string; reason: Reason };

export interface OpRequest {
  session: Session;
  clientId: string;
  raw: unknown;
}

/** What one group of ops changed, not yet committed: docs the next op of the group must see. */
interface Group {
  docs: Map<string, WorkshopDoc | null>;
}

const opIdOf = (raw: unknown): string | undefined => {
  const id = (raw as { opId?: unknown } | null)?.opId;
  return typeof id === 'string' ? id.slice(0, 40) : undefined;
};

const isConstraint = (error: unknown, code: string) => (error as { code?: unknown } | null)?.code === code;

/**
 * The host's single door for change. Each op is validated, authorized against the workshop as it stands, deduplicated
 * by opId, reduced to an effect by the shared reducer, and persisted together with its change-log row. Ops that
 * arrive together are committed together (group commit: one fsync for many); each is acknowledged only after that
 * commit, and a refused op rolls back alone (a savepoint) without touching the others.
 */
export class Engine {
  private queue: (OpRequest & { done(result: OpResult): void })[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Db,
    readonly docs: DocCache,
    /** Called with every committed change, in seq order, before the senders hear back. */
    private readonly onCommit: (change: Change) => void,
  ) {}

  submit(request: OpRequest): Promise<OpResult> {
    return new Promise((done) => {
      this.queue.push({ ...request, done });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** One op, committed now (tests, the sample workshop, benchmarks). */
  applyNow(request: OpRequest, at = new Date().toISOString()): OpResult {
    const [result] = this.commit([request], at);
    if (result.kind === 'applied') this.onCommit(result.change);
    return result;
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.queue.splice(0);
    const results = this.commit(group, new Date().toISOString());
    for (const result of results) if (result.kind === 'applied') this.onCommit(result.change);
    group.forEach((request, i) => request.done(results[i]));
  }

  private commit(requests: OpRequest[], at: string): OpResult[] {
    const group: Group = { docs: new Map() };
    let results: OpResult[];
    try {
      results = this.db.transaction(() => requests.map((r) => this.applyOne(r, at, group)))();
    } catch (error) {
      // The group's commit failed (a full disk, an I/O error): nothing of it is stored, so nothing is acknowledged.
      const reason = storageFailure(error) ?? { code: 'internal' as const };
      if (reason.code === 'internal') console.error('commit failed', error);
      return requests.map((r) => ({ kind: 'held', opId: opIdOf(r.raw), reason }));
    }
    for (const [workshopId, doc] of group.docs) {
      if (doc) this.docs.set(doc);
      else this.docs.forget(workshopId);
    }
    return results;
  }

  private docOf(group: Group, workshopId: string): WorkshopDoc | null {
    return group.docs.has(workshopId) ? group.docs.get(workshopId)! : this.docs.get(workshopId);
  }

  private applyOne({ session, clientId, raw }: OpRequest, at: string, group: Group): OpResult {
    const parsed = OpSchema.safeParse(raw);
    if (!parsed.success) return { kind: 'rejected', opId: opIdOf(raw), reason: reasonFromZod(parsed.error) };
    const op = parsed.data;
    const workshopId = op.payload.workshopId;
    const doc = this.docOf(group, workshopId);
    const denied = authorize(session, op, doc);
    if (denied) return { kind: 'rejected', opId: op.opId, reason: denied };

    // What the log and the others get: a payload cut to what is stored (an anonymous note names no writer).
    const kept = doc && !isLibraryOp(op) ? keptOp(op as ContentOp, doc) : op;
    const seen = loggedOp(this.db, op.opId);
    if (seen) {
      const same = seen.payload === JSON.stringify(op.payload) || seen.payload === JSON.stringify(kept.payload);
      return seen.type === op.type && same
        ? { kind: 'duplicate', opId: op.opId, seq: seen.seq }
        : { kind: 'rejected', opId: op.opId, reason: { code: 'opIdReused', detail: `opId ${op.opId} was used by seq ${seen.seq}` } };
    }
    try {
      // A nested transaction is a savepoint: a refusal undoes this op alone.
      return this.db.transaction((): OpResult => {
        if (isLibraryOp(op)) {
          const handler = LIBRARY_HANDLERS[op.type] as (...args: unknown[]) => Change['library'];
          const library = handler(this.db, (id: string) => this.docOf(group, id), op.payload, at);
          const change = { workshopId, clientId, at, op, library };
          const seq = appendChange(this.db, change);
          if (op.type === 'workshop.delete') group.docs.set(workshopId, null);
          return { kind: 'applied', change: { ...change, seq } };
        }
        if (!doc) throw new Refusal({ code: 'unknownWorkshop', detail: `workshop ${workshopId} does not exist` });
        const effect = reduce(doc, kept as ContentOp, at);
        persistEffect(this.db, doc, effect);
        // A cut op leaves no trace of its sender either: the others map a client id to a name through presence.
        const change = { workshopId, clientId: kept === op ? clientId : '', at, op: kept, effect };
        const seq = appendChange(this.db, change);
        group.docs.set(workshopId, applyEffect(doc, effect));
        return { kind: 'applied', change: { ...change, seq } };
      })();
    } catch (error) {
      if (error instanceof Refusal) return { kind: 'rejected', opId: op.opId, reason: error.reason };
      if (isConstraint(error, 'SQLITE_CONSTRAINT_PRIMARYKEY') || isConstraint(error, 'SQLITE_CONSTRAINT_UNIQUE'))
        return { kind: 'rejected', opId: op.opId, reason: { code: 'duplicateId', detail: 'an id in the op is in use' } };
      // Storage trouble ends the whole group (SQLite may have rolled the transaction back already).
      if (storageFailure(error)) throw error;
      console.error('op failed', op.type, error);
      return { kind: 'rejected', opId: op.opId, reason: { code: 'internal' } };
    }
  }
}
