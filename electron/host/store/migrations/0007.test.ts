import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp-dir.ts';
import { LIBRARY_FILE } from '../database.ts';
import { loadDoc, writeWorkshopRow } from '../doc-store.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

/** Migration 7 on a library of version 6: every workshop gets an industry, 'general' for those made before. */
describe('migration 7: workshop industry', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it("makes existing workshops 'general', stores a chosen industry, and refuses one it does not know", () => {
    const file = join(dir.dir, LIBRARY_FILE);
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 6));
    db.prepare("INSERT INTO workshops VALUES ('workshop-0001', '旧工作坊', '栖梧酒店', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')").run();
    db.prepare("INSERT INTO artifacts VALUES ('workshop-0001', 'workshop-0001', 'standard', NULL, '', 'a0')").run();

    migrate(db, file);
    const doc = loadDoc(db, 'workshop-0001')!;
    expect(doc.workshop).toMatchObject({ name: '旧工作坊', company: '栖梧酒店', industry: 'general' });

    writeWorkshopRow(db, { ...doc.workshop, industry: 'hotel' });
    expect(loadDoc(db, 'workshop-0001')!.workshop.industry).toBe('hotel');
    expect(() => db.prepare("UPDATE workshops SET industry = 'casino'").run()).toThrow(/CHECK/);
    db.close();
  });
});
