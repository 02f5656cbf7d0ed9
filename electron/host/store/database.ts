import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

export const LIBRARY_FILE = 'library.db';

/**
 * Opens (and migrates) the one library database in `dataDir`.
 * WAL with synchronous=FULL: better-sqlite3's WAL default (NORMAL) can lose the last commits on power loss,
 * and an acknowledged op must survive that.
 */
export function openLibrary(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LIBRARY_FILE);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
