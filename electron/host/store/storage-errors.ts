import type { Reason } from '../../../shared/protocol/reasons.ts';

/** A storage problem (disk full, I/O): the op was not stored but may be later; null for anything else. */
export function storageFailure(error: unknown): Reason | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_') || code.startsWith('SQLITE_CONSTRAINT')) return null;
  return { code: 'internal', detail: code };
}
