import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint, writeReleaseOneLibrary } from '../testing/library-files.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { APPLICATION_ID } from './application-id.ts';
import { LIBRARY_FILE, openLibrary } from './database.ts';
import { checksumOf, migrate, SchemaError } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import { LEGACY_CHECKSUMS } from './migrations/legacy-checksums.ts';

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

  const fromTheFuture = (journalMode: 'DELETE' | 'WAL') => {
    openLibrary(dir.dir).close();
    const db = new Database(file());
    db.pragma(`journal_mode = ${journalMode}`);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01')").run();
    db.close();
  };

  // A newer app may have left its file in either journal mode; checking must not switch it to WAL.
  it.each(['DELETE', 'WAL'] as const)('refuses a library written by a newer app (%s) and leaves the file untouched', (mode) => {
    fromTheFuture(mode);
    const before = fingerprint(file());
    expect(() => openLibrary(dir.dir)).toThrow(SchemaError);
    expect(() => openLibrary(dir.dir)).toThrow(/newer version.*更新版本/s);
    const after = fingerprint(file());
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after).toMatchObject({ mtimeMs: before.mtimeMs, wal: false, shm: false });
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
      "INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, created_at, updated_at) VALUES ('wwwwwwwwww', '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')",
    ).run();
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'test-add-note', sql: 'ALTER TABLE workshops ADD COLUMN note TEXT' }];
    migrate(db, file(), next);
    expect(db.prepare('SELECT name FROM workshops').pluck().get()).toBe('旧工作坊');
    db.close();
    const backup = `${file()}.before-v${next.length}.bak`;
    expect(existsSync(`${backup}.1`)).toBe(false);
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

  it('records a checksum of each migration it applies', () => {
    const db = openLibrary(dir.dir);
    expect(db.prepare('SELECT checksum FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
      MIGRATIONS.map(checksumOf),
    );
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('the released migration 1 is still byte for byte the one libraries were built with', () => {
    expect(checksumOf(MIGRATIONS[0]!)).toBe(LEGACY_CHECKSUMS[1]);
  });

  it('brings a library of the first release forward: backup, checksums filled in, application id, data kept', () => {
    writeReleaseOneLibrary(file());
    const db = openLibrary(dir.dir);
    expect(db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, checksum: checksumOf(m) })),
    );
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT name FROM workshops').pluck().get()).toBe('旧工作坊');
    db.close();
    const old = new Database(`${file()}.before-v2.bak`, { readonly: true });
    expect(old.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(1);
    expect(old.prepare('SELECT name FROM workshops').pluck().get()).toBe('旧工作坊');
    old.close();
  });

  it('never overwrites an earlier backup', () => {
    writeReleaseOneLibrary(file());
    writeFileSync(`${file()}.before-v2.bak`, 'an earlier backup');
    openLibrary(dir.dir).close();
    expect(readFileSync(`${file()}.before-v2.bak`, 'utf8')).toBe('an earlier backup');
    const second = new Database(`${file()}.before-v2.bak.1`, { readonly: true });
    expect(second.prepare('SELECT name FROM workshops').pluck().get()).toBe('旧工作坊');
    second.close();
  });

  describe('an app whose released migration was edited', () => {
    const edited: Migration[] = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- tidied up` } : m));
    const openWithEditedApp = async () => {
      vi.resetModules();
      vi.doMock('./migrations/index.ts', () => ({ MIGRATIONS: edited }));
      try {
        const { openLibrary: open } = await import('./database.ts');
        return () => open(dir.dir);
      } finally {
        vi.doUnmock('./migrations/index.ts');
      }
    };

    it.each([
      ['a current library', () => openLibrary(dir.dir).close()],
      ['a library of the first release', () => writeReleaseOneLibrary(file())],
    ])('refuses to open %s and changes nothing', async (_, make) => {
      make();
      const before = fingerprint(file());
      const open = await openWithEditedApp();
      // A fresh module graph has its own SchemaError class: compare by name.
      expect(open).toThrow(expect.objectContaining({ name: 'SchemaError' }));
      expect(open).toThrow(/Migration 1 \(init\).*edited.*第 1 号迁移/s);
      const after = fingerprint(file());
      expect(after.bytes.equals(before.bytes)).toBe(true);
      expect(after).toMatchObject({ mtimeMs: before.mtimeMs, wal: false, shm: false });
      expect(existsSync(`${file()}.before-v2.bak`)).toBe(false);
    });

    it('is refused by migrate() too', () => {
      const db = new Database(file());
      migrate(db, file());
      expect(() => migrate(db, file(), edited)).toThrow(/edited/);
      db.close();
    });
  });
});
