import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../testing/library-files.ts';
import { makeReadOnly } from '../testing/read-only.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { LIBRARY_FILE, openLibrary } from './database.ts';
import { StorageError, type StorageProblem } from './open-refusals.ts';

describe('opening the library file', () => {
  let dir: ReturnType<typeof tempDir>;
  const undo: Array<() => void> = [];
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    undo.splice(0).forEach((fn) => fn());
    dir.remove();
  });
  const file = () => join(dir.dir, LIBRARY_FILE);

  /** A library with enough rows to span many pages. */
  const libraryWithData = () => {
    const db = openLibrary(dir.dir);
    const insert = db.prepare("INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, created_at, updated_at) VALUES (?, ?, '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')");
    db.transaction(() => {
      for (let i = 0; i < 400; i++) insert.run(`w${String(i).padStart(9, '0')}`, `工作坊 ${i} ${'说明'.repeat(40)}`);
    })();
    db.close();
  };

  /** Opening is refused for `problem`, with a message naming the file in both languages, and the file is as it was. */
  const expectRefusal = (problem: StorageProblem) => {
    const before = fingerprint(file());
    let error: unknown;
    try {
      openLibrary(dir.dir).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe(problem);
    const message = (error as StorageError).message;
    expect(message).toContain(file());
    expect(message).toMatch(/[a-z]{3}.* \/ .*[\u4e00-\u9fff]/s);
    expect(message).not.toMatch(/SQLITE_|malformed|disk image/);
    const after = fingerprint(file());
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after).toMatchObject({ mtimeMs: before.mtimeMs, wal: before.wal, shm: before.shm });
  };

  it('refuses a 0-byte file instead of opening it as an empty library', () => {
    writeFileSync(file(), '');
    expectRefusal('empty');
  });

  it('refuses a file that is not a SQLite database', () => {
    writeFileSync(file(), 'Name,Company\nTraining,ACME\n');
    expectRefusal('notSqlite');
  });

  it('refuses a truncated library', () => {
    libraryWithData();
    truncateSync(file(), Math.floor(statSync(file()).size / 2));
    expectRefusal('corrupt');
  });

  it('opens a library whose checkpoint was cut short (page 1 written, later pages still only in the WAL)', () => {
    const db = openLibrary(dir.dir);
    db.pragma('wal_autocheckpoint = 0');
    const insert = db.prepare("INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, created_at, updated_at) VALUES (?, ?, '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')");
    db.transaction(() => {
      for (let i = 0; i < 400; i++) insert.run(`w${String(i).padStart(9, '0')}`, `工作坊 ${i} ${'说明'.repeat(40)}`);
    })();
    // What a kill leaves: the file as of the last checkpoint and a WAL with every later frame.
    const mainFile = readFileSync(file());
    const wal = readFileSync(`${file()}-wal`);
    db.close();
    writeFileSync(`${file()}-wal`, wal);
    // Then the checkpoint that was cut short: the newest page 1 (with the grown page count) copied in first.
    const pageSize = wal.readUInt32BE(8);
    let page1: Buffer | undefined;
    for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
      if (wal.readUInt32BE(at) === 1) page1 = wal.subarray(at + 24, at + 24 + pageSize);
    }
    writeFileSync(file(), Buffer.concat([page1!, mainFile.subarray(pageSize)]));
    expect(statSync(file()).size).toBeLessThan(page1!.readUInt32BE(28) * pageSize);
    const reopened = openLibrary(dir.dir);
    expect(reopened.prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(400);
    reopened.close();
  });

  it('refuses a library with a damaged page', () => {
    libraryWithData();
    const fd = openSync(file(), 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4 * 4096);
    closeSync(fd);
    expectRefusal('corrupt');
  });

  it.each([
    ['without an application id', 0],
    ['with its own application id', 0x0f055112],
  ])("refuses another program's SQLite file (%s) and writes nothing into it", (_, appId) => {
    const db = new Database(file());
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')");
    db.pragma(`application_id = ${appId}`);
    db.close();
    expectRefusal('notOurs');
    const check = new Database(file(), { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).toEqual(['notes']);
    check.close();
  });

  it('adopts a blank SQLite file (what an interrupted first start of an earlier version leaves) after a backup', () => {
    const blank = new Database(file());
    blank.pragma('journal_mode = WAL');
    blank.close();
    const db = openLibrary(dir.dir);
    expect(db.prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(0);
    db.close();
    expect(existsSync(`${file()}.before-v1.bak`)).toBe(true);
  });

  it('refuses to start on a read-only library file instead of refusing every edit later', () => {
    openLibrary(dir.dir).close();
    undo.push(makeReadOnly(file()).undo);
    expectRefusal('readOnly');
  });

  it('refuses a leftover journal whose library file is gone', () => {
    const db = openLibrary(dir.dir);
    db.pragma('wal_autocheckpoint = 0');
    db.prepare("INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, created_at, updated_at) VALUES ('wwwwwwwwww', 'x', '', '', '', '', 'en', '2026-01-01', '2026-01-01')").run();
    copyFileSync(`${file()}-wal`, join(dir.dir, 'saved-wal'));
    db.close();
    unlinkSync(file());
    copyFileSync(join(dir.dir, 'saved-wal'), `${file()}-wal`);
    expect(() => openLibrary(dir.dir)).toThrow(expect.objectContaining({ problem: 'orphanJournal' }));
    expect(existsSync(file())).toBe(false);
    expect(statSync(`${file()}-wal`).size).toBeGreaterThan(0);
  });

  it('builds a new library under a temporary name, clearing what a crash during creation left', () => {
    writeFileSync(`${file()}.creating`, 'half-made');
    const db = openLibrary(dir.dir);
    expect(db.prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(0);
    db.close();
    expect(existsSync(`${file()}.creating`)).toBe(false);
    expect(existsSync(`${file()}.before-v1.bak`)).toBe(false);
  });

  it('opens a current library without a backup or any change to its rows', () => {
    libraryWithData();
    const db = openLibrary(dir.dir);
    expect(db.prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(400);
    db.close();
    expect(existsSync(`${file()}.before-v1.bak`) || existsSync(`${file()}.before-v2.bak`)).toBe(false);
  });
});
