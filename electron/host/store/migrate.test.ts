import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { LIBRARY_FILE, openLibrary } from './database.ts';
import { migrate, SchemaError } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

describe('migrations', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());
  const file = () => join(dir.dir, LIBRARY_FILE);

  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('a new library gets every migration, WAL, synchronous=FULL and foreign keys', () => {
    const db = openLibrary(dir.dir);
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    const again = openLibrary(dir.dir);
    expect(again.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a library written by a newer app and leaves the file untouched', () => {
    openLibrary(dir.dir).close();
    const db = new Database(file());
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'from-the-future', '2030-01-01')").run();
    db.close();
    const bytes = readFileSync(file());
    expect(() => openLibrary(dir.dir)).toThrow(SchemaError);
    expect(() => openLibrary(dir.dir)).toThrow(/newer version.*更新版本/s);
    expect(readFileSync(file()).equals(bytes)).toBe(true);
  });

  it('refuses a library whose history disagrees with the migration files', () => {
    openLibrary(dir.dir).close();
    const db = new Database(file());
    db.prepare("UPDATE schema_migrations SET name = 'tampered' WHERE version = 1").run();
    db.close();
    expect(() => openLibrary(dir.dir)).toThrow(/does not match/);
  });

  it('backs up a library of the previous version before migrating it, and keeps its data', () => {
    const db = new Database(file());
    migrate(db, file());
    db.prepare(
      "INSERT INTO workshops VALUES ('wwwwwwwwww', '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')",
    ).run();
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'test-add-note', sql: 'ALTER TABLE workshops ADD COLUMN note TEXT' }];
    migrate(db, file(), next);
    expect(db.prepare('SELECT name FROM workshops').pluck().get()).toBe('旧工作坊');
    db.close();
    const backup = `${file()}.before-v${next.length}.bak`;
    expect(existsSync(backup)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(old.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    expect(old.prepare('SELECT name FROM workshops').pluck().get()).toBe('旧工作坊');
    old.close();
  });

  it('a failing migration changes nothing', () => {
    const db = new Database(file());
    migrate(db, file());
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'ALTER TABLE workshops ADD COLUMN x TEXT; SELECT * FROM nowhere' }];
    expect(() => migrate(db, file(), broken)).toThrow();
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT * FROM pragma_table_info(?) WHERE name = ?').all('workshops', 'x')).toEqual([]);
    db.close();
  });
});
