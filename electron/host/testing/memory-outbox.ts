import type { OutboxStore } from '../../../renderer/sync/outbox-store.ts';
import type { Pending } from '../../../renderer/sync/pending.ts';

/** The browser's outbox (IndexedDB) kept in memory, so a test can read what a client still holds unsent. */
export class MemoryOutbox implements OutboxStore {
  readonly saved = new Map<string, Pending>();

  async load(): Promise<Pending[]> {
    return [...this.saved.values()];
  }

  put(pending: Pending): void {
    this.saved.set(pending.op.opId, pending);
  }

  remove(opId: string): void {
    this.saved.delete(opId);
  }
}
