import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { MIGRATIONS } from '../store/migrations/index.ts';

/** A library exactly as the first release left it: migration 1 only, its bookkeeping table without checksums. */
export function writeReleaseOneLibrary(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  db.exec(MIGRATIONS[0]!.sql);
  db.prepare("INSERT INTO schema_migrations VALUES (1, 'init', '2026-01-01T00:00:00.000Z')").run();
  db.prepare(
    "INSERT INTO workshops VALUES ('wwwwwwwwww', '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')",
  ).run();
  db.close();
}

/** What a test compares to prove a refusal left the library alone. */
export function fingerprint(file: string): { bytes: Buffer; mtimeMs: number; wal: boolean; shm: boolean } {
  return {
    bytes: readFileSync(file),
    mtimeMs: statSync(file).mtimeMs,
    wal: existsSync(`${file}-wal`),
    shm: existsSync(`${file}-shm`),
  };
}
