import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byOrder } from '../../../../shared/core/order.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { LIBRARY_FILE } from '../database.ts';
import { loadDoc } from '../doc-store.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

/** Migration 3 on a library of version 2, as release 1 of the app left it (integer positions, no artifacts). */
describe('migration 3: teams, artifacts, order keys, sessions', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('keeps every post and indicator, in the order their positions gave, under the workshop-wide standard', () => {
    const file = join(dir.dir, LIBRARY_FILE);
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 2));
    db.prepare("INSERT INTO workshops VALUES ('workshop-0001', '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')").run();
    // Positions with gaps and out of insertion order, as deletions and re-adds leave them.
    const posts = [
      ['post-b000', '客房服务', 7],
      ['post-a000', '前台接待', 2],
      ['post-c000', '工程维修', 11],
    ] as const;
    for (const [id, name, position] of posts) {
      db.prepare('INSERT INTO posts VALUES (?, ?, ?, ?, ?)').run(id, 'workshop-0001', name, '', position);
      for (const d of ['tangibles', 'assurance', 'responsiveness', 'reliability', 'empathy'])
        db.prepare('INSERT INTO post_dimensions VALUES (?, ?, 20)').run(id, d);
    }
    const indicators = [
      ['ind-3000', 5, '第三'],
      ['ind-1000', 0, '第一'],
      ['ind-2000', 3, '第二'],
    ] as const;
    for (const [id, position, name] of indicators) {
      db.prepare(
        "INSERT INTO indicators VALUES (?, 'post-a000', 'tangibles', ?, '', 33, 'scale5', NULL, 'survey', 'monthly', ?)",
      ).run(id, name, position);
    }
    db.prepare("INSERT INTO change_log (op_id, workshop_id, client_id, type, payload, at) VALUES ('op-000001', 'workshop-0001', 'c', 'post.add', '{}', '2026-01-01')").run();

    migrate(db, file);
    const doc = loadDoc(db, 'workshop-0001')!;
    expect(doc.artifacts['workshop-0001']).toMatchObject({ deliverable: 'standard', teamId: null });
    const orderedPosts = Object.values(doc.posts).sort(byOrder);
    expect(orderedPosts.map((p) => p.name)).toEqual(['前台接待', '客房服务', '工程维修']);
    expect(orderedPosts.every((p) => p.artifactId === 'workshop-0001')).toBe(true);
    expect(Object.values(doc.indicators).sort(byOrder).map((i) => i.name)).toEqual(['第一', '第二', '第三']);
    // An old change-log row has no stored effect: catch-up from it falls back to a snapshot (effect is null).
    expect(db.prepare('SELECT effect FROM change_log').pluck().get()).toBeNull();
    db.close();
  });
});
