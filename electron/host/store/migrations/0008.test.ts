import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffect } from '../../../../shared/core/doc.ts';
import { reduce } from '../../../../shared/core/reduce.ts';
import type { ContentOp } from '../../../../shared/protocol/ops.ts';
import { AT, BOB, liveRoom, op, W } from '../../../../shared/testing/room.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { LIBRARY_FILE } from '../database.ts';
import { insertDoc, loadDoc, persistEffect } from '../doc-store.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

const CLASSROOM = ['participants', 'classrooms', 'activities', 'notes', 'votes', 'responses'] as const;

/** Migration 8 on a library of version 7: the classroom's tables, empty for workshops made before. */
describe('migration 8: participants, room settings, live activities', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Database.Database;
  beforeEach(() => {
    dir = tempDir();
    const file = join(dir.dir, LIBRARY_FILE);
    db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 7));
    db.prepare(
      `INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, industry, created_at, updated_at)
       VALUES (?, '工作坊', '', '', '', '', 'zh-CN', 'hotel', ?, ?)`,
    ).run(W, AT, AT);
    migrate(db, file);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('leaves a workshop made before with an empty room', () => {
    const doc = loadDoc(db, W)!;
    for (const c of CLASSROOM) expect(doc[c], c).toEqual({});
  });

  it('stores and loads back every classroom entity as it was, and follows an update and a removal', () => {
    const live = liveRoom();
    insertDoc(db, live);
    const loaded = loadDoc(db, W)!;
    for (const c of CLASSROOM) expect(loaded[c], c).toEqual(live[c]);

    const effect = reduce(
      loaded,
      { opId: 'op-test-0001', type: 'batch', payload: { workshopId: W, ops: [op('participant.remove', { participantId: BOB }), op('classroom.update', { patch: { locked: false, activeActivityId: null } })] } } as ContentOp,
      AT,
    );
    persistEffect(db, loaded, effect);
    const after = applyEffect(loaded, effect);
    const reloaded = loadDoc(db, W)!;
    for (const c of CLASSROOM) expect(reloaded[c], c).toEqual(after[c]);
  });

  it('refuses a language or an activity kind it does not know, and a score beyond 10', () => {
    insertDoc(db, liveRoom());
    expect(() => db.prepare("UPDATE participants SET language = 'fr'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE activities SET kind = 'quiz'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE activity_responses SET score = 11').run()).toThrow(/CHECK/);
  });

  it('takes a workshop’s room with it when the workshop is deleted', () => {
    insertDoc(db, liveRoom());
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM workshops WHERE id = ?').run(W);
    for (const table of ['participants', 'classrooms', 'activities', 'activity_notes', 'activity_votes', 'activity_responses'])
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
  });
});
