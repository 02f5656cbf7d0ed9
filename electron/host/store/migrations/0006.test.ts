import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffect } from '../../../../shared/core/doc.ts';
import { reduce } from '../../../../shared/core/reduce.ts';
import type { ContentOp } from '../../../../shared/protocol/ops.ts';
import { blankCard } from '../../../../shared/deliverables/journey/schemas.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { LIBRARY_FILE } from '../database.ts';
import { loadDoc, persistEffect } from '../doc-store.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

const W = 'workshop-0001';

/** Migration 6 on a library whose newest migration is the one before it, holding a workshop with 成果1. */
describe('migration 6: journey script and MOT strategy tables', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Database.Database;
  beforeEach(() => {
    dir = tempDir();
    const file = join(dir.dir, LIBRARY_FILE);
    db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, file, MIGRATIONS.filter((m) => m.version < 6));
    db.prepare("INSERT INTO workshops VALUES (?, '旧工作坊', '', '', '', '', 'zh-CN', '2026-01-01', '2026-01-01')").run(W);
    db.prepare("INSERT INTO artifacts VALUES (?, ?, 'standard', NULL, '', 'a0')").run(W, W);
    migrate(db, file);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  const commit = (op: Omit<ContentOp, 'opId'>) => {
    const base = loadDoc(db, W)!;
    const effect = reduce(base, { ...op, opId: 'op-00000001' } as ContentOp, '2026-01-02');
    db.transaction(() => persistEffect(db, base, effect))();
    return applyEffect(base, effect);
  };

  it('keeps the old workshop and stores a journey and a strategy row for row, as the doc held them', () => {
    const ops = [
      { type: 'artifact.add', payload: { workshopId: W, artifactId: 'journey-0001', deliverable: 'journey', fields: { title: '', teamId: null } } },
      { type: 'stage.add', payload: { workshopId: W, artifactId: 'journey-0001', stageId: 'stage-0001', fields: { name: '成交' } } },
      {
        type: 'card.add',
        payload: { workshopId: W, stageId: 'stage-0001', cardId: 'card-0001', fields: { ...blankCard('签约'), emotion: -3, indicatorIds: ['ind-0002', 'ind-0001'] } },
      },
      { type: 'card.add', payload: { workshopId: W, stageId: 'stage-0001', cardId: 'card-0002', fields: blankCard('贺卡') } },
      { type: 'link.add', payload: { workshopId: W, linkId: 'link-0001', from: 'card-0001', to: 'card-0002' } },
      { type: 'artifact.add', payload: { workshopId: W, artifactId: 'strategy-01', deliverable: 'motStrategy', fields: { title: '', teamId: null } } },
      {
        type: 'measure.add',
        payload: { workshopId: W, artifactId: 'strategy-01', measureId: 'measure-01', element: 'empowerment', fields: { action: '500 元内当场补偿', owner: '店长', timeline: '2027 Q1', kpi: '投诉一次解决率' } },
      },
    ] as const;
    let expected = loadDoc(db, W)!;
    for (const op of ops) expected = commit({ type: 'batch', payload: { workshopId: W, ops: [op as never] } });
    const stored = loadDoc(db, W)!;
    expect(stored).toEqual(expected);
    expect(stored.journeyCards['card-0001'].indicatorIds).toEqual(['ind-0002', 'ind-0001']);
    expect(stored.artifacts[W].deliverable).toBe('standard');
  });

  it('refuses an emotion outside −3…+3 even if a bug let one through', () => {
    commit({ type: 'artifact.add', payload: { workshopId: W, artifactId: 'journey-0001', deliverable: 'journey', fields: { title: '', teamId: null } } });
    commit({ type: 'stage.add', payload: { workshopId: W, artifactId: 'journey-0001', stageId: 'stage-0001', fields: { name: '成交' } } });
    expect(() =>
      db
        .prepare("INSERT INTO journey_cards VALUES ('card-0009', ?, 'journey-0001', 'stage-0001', '', '', '', '', '', '', 4, 'a0')")
        .run(W),
    ).toThrow(/CHECK/);
  });

  it('removing a workshop removes its journey rows with it', () => {
    commit({ type: 'artifact.add', payload: { workshopId: W, artifactId: 'journey-0001', deliverable: 'journey', fields: { title: '', teamId: null } } });
    commit({ type: 'stage.add', payload: { workshopId: W, artifactId: 'journey-0001', stageId: 'stage-0001', fields: { name: '成交' } } });
    commit({ type: 'card.add', payload: { workshopId: W, stageId: 'stage-0001', cardId: 'card-0001', fields: { ...blankCard('签约'), indicatorIds: ['ind-0001'] } } });
    db.prepare('DELETE FROM workshops WHERE id = ?').run(W);
    for (const t of ['journey_stages', 'journey_cards', 'journey_card_indicators', 'journey_links', 'strategy_measures'])
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
  });
});
