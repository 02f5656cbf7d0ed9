import Database from 'better-sqlite3';
import type { Reason, ReasonCode } from '../../../shared/protocol/reasons.ts';

/** SQLite's primary result codes (each also covers its extended codes, e.g. SQLITE_IOERR_WRITE) that mean storage failed. */
const FAILURES: ReadonlyArray<readonly [sqliteCode: string, code: ReasonCode, retryable: boolean]> = [
  ['SQLITE_FULL', 'storageFull', true],
  ['SQLITE_IOERR', 'storageIo', true],
  ['SQLITE_CANTOPEN', 'storageIo', true],
  ['SQLITE_READONLY', 'storageReadOnly', true],
  ['SQLITE_BUSY', 'storageBusy', true],
  ['SQLITE_LOCKED', 'storageBusy', true],
  // A damaged file does not heal: retrying the op cannot help until the library is restored.
  ['SQLITE_CORRUPT', 'storageCorrupt', false],
  ['SQLITE_NOTADB', 'storageCorrupt', false],
];

/**
 * The refusal to send when applying an op failed because of the disk or the library file rather than the op,
 * or null for any other error (a bug, a constraint: those stay `internal` or their own code).
 * SQLite's English text goes to `detail` for the log only.
 */
export function storageFailure(error: unknown): Reason | null {
  if (!(error instanceof Database.SqliteError)) return null;
  const match = FAILURES.find(([sqliteCode]) => error.code === sqliteCode || error.code.startsWith(`${sqliteCode}_`));
  if (!match) return null;
  const [, code, retryable] = match;
  return { code, retryable, detail: `${error.code}: ${error.message}` };
}
