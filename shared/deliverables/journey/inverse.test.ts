import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc, type WorkshopDoc } from '../../core/doc.ts';
import { reduce } from '../../core/reduce.ts';
import type { SubOp } from '../../protocol/ops.ts';
import { inverseOps } from './inverse.ts';
import { blankCard } from './schemas.ts';

const W = 'workshop-0001';
const workshop = { id: W, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN' as const, industry: 'general' as const, createdAt: '', updatedAt: '' };
const run = (doc: WorkshopDoc, ...ops: SubOp[]) => applyEffect(doc, reduce(doc, { opId: 'op-0000001', type: 'batch', payload: { workshopId: W, ops } }, ''));

const base = run(
  emptyDoc(workshop),
  { type: 'artifact.add', payload: { workshopId: W, artifactId: 'journey-0001', deliverable: 'journey', fields: { title: '', teamId: null } } },
  { type: 'stage.add', payload: { workshopId: W, artifactId: 'journey-0001', stageId: 'stage-0001', fields: { name: '成交' } } },
  { type: 'stage.add', payload: { workshopId: W, artifactId: 'journey-0001', stageId: 'stage-0002', fields: { name: '回访' } } },
  { type: 'card.add', payload: { workshopId: W, stageId: 'stage-0001', cardId: 'card-0001', fields: { ...blankCard('签约'), emotion: 1 } } },
  { type: 'card.add', payload: { workshopId: W, stageId: 'stage-0002', cardId: 'card-0002', fields: blankCard('回访电话') } },
  { type: 'link.add', payload: { workshopId: W, linkId: 'link-0001', from: 'card-0001', to: 'card-0002' } },
  { type: 'artifact.add', payload: { workshopId: W, artifactId: 'strategy-01', deliverable: 'motStrategy', fields: { title: '', teamId: null } } },
  { type: 'measure.add', payload: { workshopId: W, artifactId: 'strategy-01', measureId: 'measure-01', element: 'culture', fields: { action: '晨会讲一个服务故事', owner: '店长', timeline: '每天', kpi: '' } } },
);

const edits: [string, SubOp][] = [
  ['card.update', { type: 'card.update', payload: { workshopId: W, cardId: 'card-0001', patch: { touchpoint: '签合同', emotion: 3, wow: '送花' } } }],
  ['card.move', { type: 'card.move', payload: { workshopId: W, cardId: 'card-0001', stageId: 'stage-0002', order: 'a5' } }],
  ['card.remove (with its arrow)', { type: 'card.remove', payload: { workshopId: W, cardId: 'card-0002' } }],
  ['card.add', { type: 'card.add', payload: { workshopId: W, stageId: 'stage-0002', cardId: 'card-0003', fields: blankCard('新') } }],
  ['stage.update', { type: 'stage.update', payload: { workshopId: W, stageId: 'stage-0001', patch: { name: '签约' } } }],
  ['stage.move', { type: 'stage.move', payload: { workshopId: W, stageId: 'stage-0002', order: 'Zz' } }],
  ['stage.remove (with cards and arrows)', { type: 'stage.remove', payload: { workshopId: W, stageId: 'stage-0001' } }],
  ['stage.add', { type: 'stage.add', payload: { workshopId: W, artifactId: 'journey-0001', stageId: 'stage-0003', fields: { name: '使用' } } }],
  ['link.remove', { type: 'link.remove', payload: { workshopId: W, linkId: 'link-0001' } }],
  ['link.add', { type: 'link.add', payload: { workshopId: W, linkId: 'link-0002', from: 'card-0002', to: 'card-0001' } }],
  ['measure.update', { type: 'measure.update', payload: { workshopId: W, measureId: 'measure-01', patch: { kpi: '顾客表扬次数' } } }],
  ['measure.move', { type: 'measure.move', payload: { workshopId: W, measureId: 'measure-01', element: 'initiative', order: 'a0' } }],
  ['measure.remove', { type: 'measure.remove', payload: { workshopId: W, measureId: 'measure-01' } }],
];

describe('undo: the inverse of an edit', () => {
  it.each(edits)('of %s puts the map back exactly as it was', (_, op) => {
    const after = run(base, op);
    expect(after).not.toEqual(base);
    const inverse = inverseOps(base, op)!;
    expect(run(after, ...inverse)).toEqual(base);
    // Redo after undo gives the same result again.
    expect(run(run(after, ...inverse), op)).toEqual(after);
  });

  it('is null for an edit of something already gone', () => {
    expect(inverseOps(base, { type: 'card.update', payload: { workshopId: W, cardId: 'card-gone', patch: { wow: 'x' } } })).toBeNull();
  });
});
