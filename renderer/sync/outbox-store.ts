import type { Pending } from './pending.ts';

/**
 * Where unacknowledged edits wait, so that a reload, a crash of the tab or a restart of the host does not cost a user
 * what they typed. The browser keeps them in IndexedDB (see outbox-idb.ts); tests may keep them in memory.
 */
export interface OutboxStore {
  load(): Promise<Pending[]>;
  put(pending: Pending): void;
  remove(opId: string): void;
}
