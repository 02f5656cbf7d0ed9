import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp-dir.ts';
import { LIBRARY_FILE } from '../database.ts';
import { loadDoc } from '../doc-store.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

/** Migration 5 on a library of the version before it: existing workshops get an empty agenda and keep the rest. */
describe('migration 5: agenda', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('leaves existing workshops whole with no steps and no clock, and removes a workshop’s agenda with it', () => {
    const file = join(dir.dir, LIBRARY_FILE);
    const db = new Database(file);
    const before = MIGRATIONS.filter((m) => m.version < 5);
    migrate(db, file, before);
    db.prepare("INSERT INTO workshops VALUES ('workshop-0001', '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')").run();
    migrate(db, file);
    const doc = loadDoc(db, 'workshop-0001')!;
    expect(doc.workshop.name).toBe('旧工作坊');
    expect(doc.agendaSteps).toEqual({});
    expect(doc.agendaClocks).toEqual({});

    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO agenda_steps VALUES ('step-0001', 'workshop-0001', 1, 'l1-nps', '', 40, 0, 0, 'a0')").run();
    db.prepare("INSERT INTO agenda_clocks VALUES ('workshop-0001', 'step-0001', '2026-01-01T09:00:00.000Z', 0, 0, NULL)").run();
    expect(() => db.prepare("INSERT INTO agenda_steps VALUES ('step-0002', 'workshop-0001', 3, NULL, '', 40, 0, 0, 'a1')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM workshops WHERE id = 'workshop-0001'").run();
    expect(db.prepare('SELECT count(*) FROM agenda_steps').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM agenda_clocks').pluck().get()).toBe(0);
    db.close();
  });
});
