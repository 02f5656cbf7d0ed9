import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp-dir.ts';
import { LIBRARY_FILE } from '../database.ts';
import { loadDoc } from '../doc-store.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

/** Migration 7 on a library from before the playbook: existing work is untouched and the new tables guard themselves. */
describe('migration 4: complaint playbook', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  const before4 = MIGRATIONS.filter((m) => m.version < 4);

  it('keeps an older library as it was and stores a playbook in relational rows', () => {
    const file = join(dir.dir, LIBRARY_FILE);
    const db = new Database(file);
    migrate(db, file, before4);
    db.prepare("INSERT INTO workshops VALUES ('workshop-0001', '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')").run();
    db.prepare("INSERT INTO artifacts VALUES ('workshop-0001', 'workshop-0001', 'standard', NULL, '', 'a0')").run();
    db.prepare("INSERT INTO posts (id, workshop_id, name, description, artifact_id, sort_key) VALUES ('post-0001', 'workshop-0001', '前台', '', 'workshop-0001', 'a0')").run();

    migrate(db, file);
    expect(loadDoc(db, 'workshop-0001')!.posts['post-0001']).toMatchObject({ name: '前台' });

    db.prepare("INSERT INTO artifacts VALUES ('playbook-0001', 'workshop-0001', 'playbook', NULL, '投诉处理手册', 'a1')").run();
    db.prepare(
      `INSERT INTO scenarios VALUES ('scenario-0001', 'workshop-0001', 'playbook-0001', '账单多收', '', 'billing', 'medium', '不满', '退回多收的钱',
       15, 24, 2, '', 'a0')`,
    ).run();
    db.prepare("INSERT INTO script_lines VALUES ('line-00001', 'scenario-0001', 'apologize', 'say', '实在抱歉，让您多跑了一趟。', 'a0')").run();
    const doc = loadDoc(db, 'workshop-0001')!;
    expect(doc.scenarios['scenario-0001']).toMatchObject({ type: 'billing', firstResponseMinutes: 15, remedies: {} });
    expect(doc.scriptLines['line-00001']).toMatchObject({ step: 'apologize', kind: 'say', text: '实在抱歉，让您多跑了一趟。' });

    // The database refuses what the rules refuse, should anything ever bypass them.
    expect(() =>
      db.prepare("INSERT INTO complaint_tiers VALUES ('tier-00001', 'workshop-0001', 'playbook-0001', '主管', '', -1, 100, '')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO complaint_tiers VALUES ('tier-00002', 'workshop-0001', 'playbook-0001', '主管', '', 500, 100, '')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO script_lines VALUES ('line-00002', 'scenario-0001', 'listen', 'say', '', 'a1')").run()).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO roleplay_rounds VALUES ('round-00001', 'workshop-0001', 'playbook-0001', 'scenario-0001', '甲', '乙', 5, NULL, NULL, 'a0')",
    ).run();
    db.prepare("INSERT INTO roleplay_sheets VALUES ('sheet-00001', 'round-00001', '丙', '')").run();
    expect(() => db.prepare("INSERT INTO roleplay_scores VALUES ('sheet-00001', 'step', 'listen', 6)").run()).toThrow(/CHECK/);

    // Deleting the workshop takes the playbook with it.
    db.pragma('foreign_keys = ON');
    db.prepare("DELETE FROM workshops WHERE id = 'workshop-0001'").run();
    expect(db.prepare('SELECT count(*) FROM script_lines').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM roleplay_sheets').pluck().get()).toBe(0);
    db.close();
  });
});
