import { createHash } from 'node:crypto';
import { existsSync, fsyncSync, openSync, closeSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { LEGACY_CHECKSUMS } from './migrations/legacy-checksums.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/** A refusal the user must read: the CLI and the desktop shell print `message` as is. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

export interface Applied {
  version: number;
  name: string;
  /** Null in libraries written before checksums were recorded. */
  checksum: string | null;
}

export const checksumOf = (m: Migration): string => createHash('sha256').update(m.sql).digest('hex');

const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

const hasChecksumColumn = (db: Database.Database): boolean =>
  db.prepare("SELECT 1 FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'").get() !== undefined;

/** The applied history, read without writing anything ([] for a database without one). */
export function readHistory(db: Database.Database): Applied[] {
  if (!hasTable(db, 'schema_migrations')) return [];
  const checksum = hasChecksumColumn(db) ? 'checksum' : 'NULL AS checksum';
  return db.prepare(`SELECT version, name, ${checksum} FROM schema_migrations ORDER BY version`).all() as Applied[];
}

/**
 * Throws unless the applied history is a prefix of `migrations`, file for file and byte for byte (checksums).
 * Reads nothing and writes nothing: the caller decides when to look.
 */
export function checkHistory(applied: readonly Applied[], migrations: readonly Migration[] = MIGRATIONS): void {
  const newest = migrations.at(-1)?.version ?? 0;
  const current = applied.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new SchemaError(
      `This library was saved by a newer version of Satisfy Studio (schema ${current}; this app knows ${newest}). ` +
        `Update the app; the file was not changed. / 此资料库由更新版本的满意度工作坊保存（结构版本 ${current}，本应用为 ${newest}），请升级应用；文件未被修改。`,
    );
  }
  applied.forEach((row, i) => {
    const expected = migrations[i];
    if (!expected || expected.version !== row.version || expected.name !== row.name) {
      throw new SchemaError(
        `The library's migration history (${row.version} ${row.name}) does not match this app. The file was not changed. / 资料库的迁移记录与本应用不一致，文件未被修改。`,
      );
    }
    const recorded = row.checksum ?? LEGACY_CHECKSUMS[row.version];
    if (recorded !== checksumOf(expected)) {
      throw new SchemaError(
        `Migration ${row.version} (${row.name}) in this app differs from the one that built this library: ` +
          `a released migration was edited after release. The file was not changed; use an unmodified build of Satisfy Studio. / ` +
          `本应用的第 ${row.version} 号迁移（${row.name}）与建立此资料库时所用的不一致：已发布的迁移在发布后被改动过。文件未被修改，请使用未经改动的满意度工作坊。`,
      );
    }
  });
}

/** `base`, or `base.1`, `base.2`…: a backup never replaces an older one. */
function freshPath(base: string): string {
  let path = base;
  for (let n = 1; existsSync(path); n++) path = `${base}.${n}`;
  return path;
}

/** A consistent copy (WAL included) made without writing to the library itself, flushed to disk. */
function backUp(db: Database.Database, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface MigrateOptions {
  /** Copy the file aside before the first write. Off only for a file this app has just created. */
  backup?: boolean;
}

/**
 * Brings the database to the newest schema. Refuses a database written by a newer app, and one whose
 * applied history disagrees with the migration files (names or checksums: a sign of tampering or a broken build).
 * Backs the file up before changing an existing schema; all pending migrations commit together or not at all.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  { backup = true }: MigrateOptions = {},
): void {
  const applied = readHistory(db);
  checkHistory(applied, migrations);
  const pending = migrations.slice(applied.length);
  // Libraries from before checksums have the bookkeeping table without the column: adding it is a change too.
  const legacyTable = hasTable(db, 'schema_migrations') && !hasChecksumColumn(db);
  if (pending.length === 0 && !legacyTable) return;
  if (backup && existsSync(file) && statSync(file).size > 0) {
    const before = pending[0]?.version ?? applied.length;
    backUp(db, freshPath(`${file}.before-v${before}.bak`));
  }
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT) STRICT`);
    if (legacyTable) {
      db.exec('ALTER TABLE schema_migrations ADD COLUMN checksum TEXT');
      // checkHistory has just proved each applied file unchanged since release.
      const fill = db.prepare('UPDATE schema_migrations SET checksum = ? WHERE version = ?');
      applied.forEach((row, i) => fill.run(checksumOf(migrations[i]!), row.version));
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES (?, ?, ?, ?)');
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString(), checksumOf(m));
    }
  })();
}
