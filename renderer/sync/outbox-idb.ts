import type { OutboxStore } from './outbox-store.ts';
import type { Pending } from './pending.ts';

/** The trainer's pages use this one; the participant app on the same origin (a trainer trying it out) keeps its own. */
const OUTBOX_DB = 'satisfy-outbox';
const STORE = 'pending';

interface Row {
  opId: string;
  /** Insertion order, so restored edits are sent in the order they were made. */
  n: number;
  pending: Pending;
}

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'opId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Unacknowledged edits in the browser's IndexedDB (per host address), written as they are made and removed when the
 * host answers. A page that reloads, crashes or outlives a restart of the host sends them again on its next start;
 * the host's opId check makes a resend of something already stored harmless.
 */
export function indexedDbOutbox(name = OUTBOX_DB): OutboxStore {
  const db = open(name);
  let n = Date.now();
  const write = (fn: (store: IDBObjectStore) => void) =>
    void db.then((d) => fn(d.transaction(STORE, 'readwrite').objectStore(STORE))).catch(() => undefined);
  return {
    async load() {
      const d = await db;
      const rows = await new Promise<Row[]>((resolve, reject) => {
        const request = d.transaction(STORE, 'readonly').objectStore(STORE).getAll();
        request.onsuccess = () => resolve(request.result as Row[]);
        request.onerror = () => reject(request.error);
      });
      return rows.sort((a, b) => a.n - b.n).map((r) => r.pending);
    },
    put: (pending) => write((s) => s.put({ opId: pending.op.opId, n: n++, pending } satisfies Row)),
    remove: (opId) => write((s) => s.delete(opId)),
  };
}
