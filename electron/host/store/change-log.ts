import { Change } from '../../../shared/protocol/messages.ts';
import type { Db } from './database.ts';
import { sql } from './statements.ts';

interface Row {
  seq: number;
  op_id: string;
  workshop_id: string;
  client_id: string;
  type: string;
  payload: string;
  at: string;
  effect: string | null;
}

/** Appends a committed change inside the caller's transaction; returns its seq. */
export function appendChange(db: Db, change: Omit<Change, 'seq'>): number {
  const effect = JSON.stringify({ effect: change.effect, library: change.library });
  const info = sql(
    db,
    'INSERT INTO change_log (op_id, workshop_id, client_id, type, payload, at, effect) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(change.op.opId, change.workshopId, change.clientId, change.op.type, JSON.stringify(change.op.payload), change.at, effect);
  return Number(info.lastInsertRowid);
}

/** The earlier commit of an opId, to answer a resend without applying it twice. */
export const loggedOp = (db: Db, opId: string): { seq: number; type: string; payload: string } | undefined =>
  sql(db, 'SELECT seq, type, payload FROM change_log WHERE op_id = ?').get(opId) as { seq: number; type: string; payload: string } | undefined;

/** A row from before effects were logged, or of an older op shape, does not parse: the caller sends a snapshot. */
function tryChanges(rows: Row[]): Change[] | null {
  const changes: Change[] = [];
  for (const r of rows) {
    if (r.effect === null) return null;
    const parsed = Change.safeParse({
      seq: r.seq,
      workshopId: r.workshop_id,
      clientId: r.client_id,
      at: r.at,
      op: { opId: r.op_id, type: r.type, payload: JSON.parse(r.payload) },
      ...JSON.parse(r.effect),
    });
    if (!parsed.success) return null;
    changes.push(parsed.data);
  }
  return changes;
}

export const latestSeq = (db: Db): number =>
  (sql(db, 'SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;

/** What a workshop's subscriber missed since `sinceSeq`, or null when a snapshot is the better answer. */
export function changesSince(db: Db, workshopId: string, sinceSeq: number, max = 2000): Change[] | null {
  const rows = sql(db, 'SELECT * FROM change_log WHERE workshop_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(
    workshopId,
    sinceSeq,
    max + 1,
  ) as Row[];
  return rows.length > max ? null : tryChanges(rows);
}
