import { copyFileSync, existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/** A refusal the user must read: the CLI and the desktop shell print `message` as is. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

interface Applied {
  version: number;
  name: string;
}

/**
 * Brings the database to the newest schema. Refuses a database written by a newer app, and one whose
 * applied history disagrees with the migration files (a sign of tampering or a broken build).
 * Backs the file up before changing an existing schema.
 */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Applied[];
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
  });
  const pending = migrations.slice(applied.length);
  if (pending.length === 0) return;
  if (applied.length > 0 && existsSync(file)) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(file, `${file}.before-v${pending[0].version}.bak`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
}
