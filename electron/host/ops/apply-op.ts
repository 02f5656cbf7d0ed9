import type { Change, Role } from '../../../shared/protocol/messages.ts';
import { Op, type OpType } from '../../../shared/protocol/ops.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import { mayApply } from '../../../shared/rules/permissions.ts';
import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';
import type { Handler, HandlerMap } from './handler-types.ts';
import { OpRejected } from './rejection.ts';
import { standardHandlers } from './standard-handlers.ts';
import { reasonFromZod } from './validation.ts';
import { workshopHandlers } from './workshop-handlers.ts';

/** Keyed by op type: a new op without a handler is a type error here. */
const HANDLERS: HandlerMap<OpType> = { ...workshopHandlers, ...standardHandlers };

export type ApplyResult =
  | { kind: 'applied'; change: Change }
  | { kind: 'duplicate'; opId: string; seq: number }
  | { kind: 'rejected'; opId?: string; reason: Reason };

const opIdOf = (raw: unknown): string | undefined =>
  typeof raw === 'object' && raw !== null && typeof (raw as { opId?: unknown }).opId === 'string'
    ? ((raw as { opId: string }).opId.slice(0, 40))
    : undefined;

/**
 * The host's single door for change: validate, authorize, deduplicate by opId, then apply the op and log it
 * in one transaction. Nothing is written unless everything succeeds.
 */
export function applyOp(db: Db, raw: unknown, clientId: string, role: Role, at = new Date().toISOString()): ApplyResult {
  const parsed = Op.safeParse(raw);
  if (!parsed.success) return { kind: 'rejected', opId: opIdOf(raw), reason: reasonFromZod(parsed.error) };
  const op = parsed.data;
  if (!mayApply(role, op.type)) return { kind: 'rejected', opId: op.opId, reason: { code: 'forbidden' } };

  const payload = JSON.stringify(op.payload);
  try {
    const seen = sql(db, 'SELECT seq, type, payload FROM change_log WHERE op_id = ?').get(op.opId) as
      | { seq: number; type: string; payload: string }
      | undefined;
    if (seen) {
      return seen.type === op.type && seen.payload === payload
        ? { kind: 'duplicate', opId: op.opId, seq: seen.seq }
        : { kind: 'rejected', opId: op.opId, reason: { code: 'opIdReused', detail: `opId ${op.opId} was used by seq ${seen.seq}` } };
    }
    const seq = db.transaction(() => {
      (HANDLERS[op.type] as Handler<typeof op.type>)(db, op as never, at);
      const info = sql(
        db,
        'INSERT INTO change_log (op_id, workshop_id, client_id, type, payload, at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(op.opId, op.payload.workshopId, clientId, op.type, payload, at);
      return Number(info.lastInsertRowid);
    })();
    return { kind: 'applied', change: { seq, workshopId: op.payload.workshopId, clientId, at, op } };
  } catch (error) {
    if (error instanceof OpRejected) return { kind: 'rejected', opId: op.opId, reason: error.reason };
    console.error('op failed', op.type, error);
    return { kind: 'rejected', opId: op.opId, reason: { code: 'internal' } };
  }
}
