import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inspectLibrary, sizeOf } from './inspect-library.ts';
import { migrate } from './migrate.ts';
import { asOpenFailure, StorageError } from './open-refusals.ts';

export type Db = Database.Database;

export const LIBRARY_FILE = 'library.db';

/**
 * WAL with synchronous=FULL: better-sqlite3's WAL default (NORMAL) can lose the last commits on power loss,
 * and an acknowledged op must survive that.
 */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Makes a rename durable; Windows cannot open a folder for this and journals renames itself. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Builds a new library under a temporary name and moves it into place only when complete, so a crash during the
 * first start never leaves a half-made library.db, which could not be told from a damaged one.
 */
function createLibrary(file: string): void {
  if (sizeOf(`${file}-wal`) > 0) throw new StorageError('orphanJournal', file);
  const temp = `${file}.creating`;
  // Left by a crash during an earlier creation: nothing in it was ever acknowledged.
  for (const path of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(path, { force: true });
  const db = new Database(temp);
  try {
    configure(db);
    migrate(db, temp, undefined, { backup: false });
  } finally {
    db.close();
  }
  renameSync(temp, file);
  syncFolder(dirname(file));
}

function openChecked(file: string): Db {
  const db = new Database(file, { fileMustExist: true });
  try {
    configure(db);
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (and migrates) the one library database in `dataDir`. Checks the file before anything may write to it;
 * every refusal is a StorageError or SchemaError whose message (English / Chinese) names the file and what to do.
 */
export function openLibrary(dataDir: string): Db {
  const file = join(dataDir, LIBRARY_FILE);
  try {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(file)) createLibrary(file);
    inspectLibrary(file);
    return openChecked(file);
  } catch (error) {
    throw asOpenFailure(error, file);
  }
}
