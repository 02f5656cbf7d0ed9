import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc, type WorkshopDoc } from '../../core/doc.ts';
import { reduce } from '../../core/reduce.ts';
import { Refusal } from '../../core/refusal.ts';
import type { SubOp } from '../../protocol/ops.ts';
import { MEASURES_PER_ELEMENT } from './schemas.ts';

const W = 'workshop-0001';
const workshop = { id: W, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN' as const, industry: 'general' as const, createdAt: '', updatedAt: '' };
const fields = { action: '设立 500 元内当场补偿权限', owner: '门店经理', timeline: '2027 年 3 月', kpi: '投诉一次解决率 ≥ 90%' };

const run = (doc: WorkshopDoc, ...ops: SubOp[]) => applyEffect(doc, reduce(doc, { opId: 'op-0000001', type: 'batch', payload: { workshopId: W, ops } }, ''));
const refusal = (doc: WorkshopDoc, ...ops: SubOp[]) => {
  try {
    run(doc, ...ops);
  } catch (e) {
    return (e as Refusal).reason.code;
  }
  return null;
};
const add = (measureId: string, element: 'empowerment' | 'appraisal' = 'empowerment', artifactId = 'strategy-01'): SubOp => ({
  type: 'measure.add',
  payload: { workshopId: W, artifactId, measureId, element, fields },
});

describe('MOT strategy measures', () => {
  const base = run(
    emptyDoc(workshop),
    { type: 'artifact.add', payload: { workshopId: W, artifactId: 'strategy-01', deliverable: 'motStrategy', fields: { title: '', teamId: null } } },
    { type: 'artifact.add', payload: { workshopId: W, artifactId: 'journey-0001', deliverable: 'journey', fields: { title: '', teamId: null } } },
  );

  it('adds measures in order under an element and moves one to another element', () => {
    const doc = run(base, add('measure-a'), add('measure-b'), { type: 'measure.move', payload: { workshopId: W, measureId: 'measure-a', element: 'appraisal', order: 'a0' } });
    expect(doc.strategyMeasures['measure-a']).toMatchObject({ element: 'appraisal', ...fields });
    expect(doc.strategyMeasures['measure-b'].element).toBe('empowerment');
  });

  it('refuses measures on something that is not a strategy, and beyond the limit per element', () => {
    expect(refusal(base, add('measure-a', 'empowerment', 'journey-0001'))).toBe('unknownEntity');
    const full = run(base, ...Array.from({ length: MEASURES_PER_ELEMENT }, (_, i) => add(`measure-${String(i).padStart(3, '0')}`)));
    expect(refusal(full, add('measure-zzz'))).toBe('limitReached');
    expect(refusal(full, add('measure-zzz', 'appraisal'))).toBeNull();
  });

  it('removing the strategy removes its measures', () => {
    const doc = run(base, add('measure-a'), { type: 'artifact.remove', payload: { workshopId: W, artifactId: 'strategy-01' } });
    expect(doc.strategyMeasures).toEqual({});
  });
});
