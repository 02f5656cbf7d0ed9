import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { domainEn } from '../../../shared/i18n/domain.en.ts';
import { domainZh } from '../../../shared/i18n/domain.zh-CN.ts';
import { reasonText } from '../../../shared/i18n/reason-text.ts';
import { ReasonCode } from '../../../shared/protocol/reasons.ts';
import { makeReadOnly } from '../testing/read-only.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { storageFailure } from './storage-errors.ts';

/** The error `fn` throws (fails the test if it throws none). */
const thrownBy = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('storageFailure', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Database.Database | undefined;
  const undo: Array<() => void> = [];
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    db?.close();
    db = undefined;
    undo.splice(0).forEach((fn) => fn());
    dir.remove();
  });
  const library = (options?: Database.Options) => {
    db = new Database(join(dir.dir, 'library.db'), options);
    return db;
  };

  it('a full disk is storageFull, retryable, with SQLite’s text kept for the log only', () => {
    const full = library();
    full.exec('CREATE TABLE t (x TEXT)');
    full.pragma(`max_page_count = ${full.pragma('page_count', { simple: true })}`);
    const reason = storageFailure(thrownBy(() => full.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(10_000))));
    expect(reason).toEqual({ code: 'storageFull', retryable: true, detail: expect.stringMatching(/^SQLITE_FULL: /) });
  });

  it('a read-only connection and a read-only file are storageReadOnly', () => {
    library().exec('CREATE TABLE t (x TEXT)');
    db!.close();
    const readOnly = library({ readonly: true });
    expect(storageFailure(thrownBy(() => readOnly.exec("INSERT INTO t VALUES ('x')")))).toMatchObject({
      code: 'storageReadOnly',
      retryable: true,
    });
    readOnly.close();
    undo.push(makeReadOnly(join(dir.dir, 'library.db')).undo);
    const locked = library();
    expect(storageFailure(thrownBy(() => locked.exec("INSERT INTO t VALUES ('x')")))?.code).toBe('storageReadOnly');
  });

  it('a file that is not a database is storageCorrupt and not retryable', () => {
    writeFileSync(join(dir.dir, 'library.db'), 'not a database at all, just some text that is long enough'.repeat(20));
    const broken = library();
    expect(storageFailure(thrownBy(() => broken.prepare('SELECT * FROM sqlite_schema').all()))).toMatchObject({
      code: 'storageCorrupt',
      retryable: false,
    });
  });

  it('a write lock held by another connection is storageBusy', () => {
    const first = library();
    first.exec('CREATE TABLE t (x TEXT)');
    first.exec('BEGIN IMMEDIATE');
    const second = new Database(join(dir.dir, 'library.db'), { timeout: 0 });
    try {
      expect(storageFailure(thrownBy(() => second.exec("INSERT INTO t VALUES ('x')")))?.code).toBe('storageBusy');
    } finally {
      second.close();
      first.exec('ROLLBACK');
    }
  });

  it('a file that cannot be opened and extended I/O codes are storageIo', () => {
    // A folder where the file should be: SQLite cannot open it (SQLITE_CANTOPEN).
    const folder = thrownBy(() => new Database(dir.dir));
    expect(storageFailure(folder)?.code).toBe('storageIo');
    const io = new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_FSYNC');
    expect(storageFailure(io)).toMatchObject({ code: 'storageIo', retryable: true });
  });

  it('leaves everything that is not a storage failure alone', () => {
    const plain = library();
    plain.exec('CREATE TABLE t (x TEXT NOT NULL)');
    expect(storageFailure(thrownBy(() => plain.exec('INSERT INTO t VALUES (NULL)')))).toBeNull();
    expect(storageFailure(thrownBy(() => plain.exec('SELECT * FROM nowhere')))).toBeNull();
    expect(storageFailure(new Error('SQLITE_FULL'))).toBeNull();
    expect(storageFailure('SQLITE_FULL')).toBeNull();
  });

  it('every storage reason reads as a sentence in both languages', () => {
    const storageCodes = ReasonCode.options.filter((code) => code.startsWith('storage'));
    expect(storageCodes).toHaveLength(5);
    for (const table of [domainEn, domainZh]) {
      const t = (key: string) =>
        key.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown>)?.[seg], table) as string ?? key;
      for (const code of storageCodes) expect(reasonText(t, { code })).toMatch(/^[^.]{8,}[.。]/);
    }
  });
});
