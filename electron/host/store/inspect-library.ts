import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { APPLICATION_ID } from './application-id.ts';
import { checkHistory, readHistory } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import { asOpenFailure, StorageError } from './open-refusals.ts';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export const sizeOf = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    return header.subarray(0, readSync(fd, header, 0, HEADER_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Judges the bytes alone (SQLite would call a short file "malformed" only on some later read). With a WAL holding
 * frames the file may rightly be shorter than its header says: a checkpoint cut short writes page 1 first.
 */
function checkHeader(file: string, size: number, walHasFrames: boolean): void {
  const header = readHeader(file);
  const prefix = Math.min(header.length, MAGIC.length);
  if (!header.subarray(0, prefix).equals(MAGIC.subarray(0, prefix))) throw new StorageError('notSqlite', file);
  if (header.length < HEADER_BYTES) throw new StorageError('corrupt', file);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The page count in the header is valid only when the change counter matches "version-valid-for".
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countValid && !walHasFrames && size < header.readUInt32BE(28) * pageSize) throw new StorageError('corrupt', file);
}

/** A library written before migration 2 gave libraries their application_id. */
function isEarlyLibrary(db: Database.Database): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('schema_migrations')").pluck().all();
  if (!columns.includes('version') || !columns.includes('name')) return false;
  return db.prepare("SELECT 1 FROM schema_migrations WHERE version = 1 AND name = 'init'").get() !== undefined;
}

function checkContent(file: string, migrations: readonly Migration[]): void {
  // A read-only connection never writes the file, but on a WAL file it creates -wal/-shm: remove what it made.
  const made = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new StorageError('corrupt', file);
    const appId = db.pragma('application_id', { simple: true });
    if (appId !== APPLICATION_ID) {
      const blank = appId === 0 && db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0;
      if (!blank && !(appId === 0 && isEarlyLibrary(db))) throw new StorageError('notOurs', file);
    }
    checkHistory(readHistory(db), migrations);
  } catch (error) {
    throw asOpenFailure(error, file);
  } finally {
    db?.close();
    for (const path of made) rmSync(path, { force: true });
  }
}

function checkWritable(file: string): void {
  try {
    accessSync(file, constants.W_OK);
    // WAL needs to create library.db-wal and -shm beside the file.
    accessSync(dirname(file), constants.W_OK);
  } catch (error) {
    throw new StorageError('readOnly', file, { cause: error });
  }
}

/**
 * Looks at an existing library file before anything may write to it, and throws if the app must not open it:
 * empty, damaged, another program's, from a newer app or with an edited migration, or not writable.
 * Writes nothing and leaves the folder as it found it. A blank SQLite file (no tables) passes: the app's first
 * start before this check existed could leave one; migrate() backs it up before using it.
 */
export function inspectLibrary(file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const size = sizeOf(file);
  // A WAL with frames can hold a whole library while the main file is still empty.
  const walHasFrames = sizeOf(`${file}-wal`) > 0;
  if (size === 0 && !walHasFrames) throw new StorageError('empty', file);
  if (size > 0) checkHeader(file, size, walHasFrames);
  checkContent(file, migrations);
  checkWritable(file);
}
