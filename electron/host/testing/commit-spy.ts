import { WebSocket } from 'ws';
import type { Db } from '../store/database.ts';

export type SpyEvent = { kind: 'commit'; opIds: string[]; clients: string[] } | { kind: 'ack'; opId: string };

/**
 * Records, in order, each outermost transaction the host commits (with the ops it logged) and each ack the host sends,
 * so a test can tell whether ops were committed together and acknowledged only after their commit.
 */
export function spyOnCommits(db: Db): { events: SpyEvent[]; restore(): void } {
  const events: SpyEvent[] = [];
  const transaction = db.transaction;
  const lastSeq = () => (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
  db.transaction = function (this: Db, fn: (...args: never[]) => unknown) {
    const tx = transaction.call(db, fn);
    return Object.assign((...args: never[]) => {
      if (db.inTransaction) return tx(...args);
      const before = lastSeq();
      const result = tx(...args);
      const rows = db.prepare('SELECT op_id, client_id FROM change_log WHERE seq > ?').all(before) as { op_id: string; client_id: string }[];
      events.push({ kind: 'commit', opIds: rows.map((r) => r.op_id), clients: [...new Set(rows.map((r) => r.client_id))] });
      return result;
    }, tx);
  } as Db['transaction'];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    if (typeof data === 'string' && data.startsWith('{"type":"ack"')) events.push({ kind: 'ack', opId: (JSON.parse(data) as { opId: string }).opId });
    return (send as (...a: unknown[]) => void).call(this, data, ...rest);
  } as WebSocket['send'];
  return {
    events,
    restore: () => {
      db.transaction = transaction;
      WebSocket.prototype.send = send;
    },
  };
}
