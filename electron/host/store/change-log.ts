import { Op } from '../../../shared/protocol/ops.ts';
import type { Change } from '../../../shared/protocol/messages.ts';
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
}

const toChange = (r: Row): Change => ({
  seq: r.seq,
  workshopId: r.workshop_id,
  clientId: r.client_id,
  at: r.at,
  op: Op.parse({ opId: r.op_id, type: r.type, payload: JSON.parse(r.payload) }),
});

/** A row written by an older op shape no longer parses: the caller then sends a snapshot instead. */
function tryChanges(rows: Row[]): Change[] | null {
  try {
    return rows.map(toChange);
  } catch {
    return null;
  }
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
