import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc, type WorkshopDoc } from '../../shared/core/doc.ts';
import { reduce } from '../../shared/core/reduce.ts';
import { blankCard } from '../../shared/deliverables/journey/schemas.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { teamWork, type JourneyWork, type StrategyWork } from './team-work.ts';

const workshopId = 'workshop-0001';
const at = '2026-12-01T09:00:00.000Z';
const start = emptyDoc({ id: workshopId, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', industry: 'general', createdAt: at, updatedAt: at });
const build = (ops: SubOp[]): WorkshopDoc => applyEffect(start, reduce(start, { opId: 'batch-op-01', type: 'batch', payload: { workshopId, ops } }, at));

const team = (teamId: string, name: string): SubOp => ({ type: 'team.add', payload: { workshopId, teamId, fields: { name } } });
const journey = (artifactId: string, teamId: string | null): SubOp => ({ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'journey', fields: { title: '', teamId } } });
const stage = (artifactId: string, stageId: string, name: string): SubOp => ({ type: 'stage.add', payload: { workshopId, artifactId, stageId, fields: { name } } });
const card = (stageId: string, cardId: string, touchpoint: string): SubOp => ({ type: 'card.add', payload: { workshopId, stageId, cardId, fields: { ...blankCard(touchpoint), script: `${touchpoint}的话术` } } });

describe("a team's work for the compare screen", () => {
  const doc = build([
    team('team-a-0001', '第1组'),
    team('team-b-0001', '第2组'),
    journey('journey-a-01', 'team-a-0001'),
    journey('journey-b-01', 'team-b-0001'),
    journey('journey-w-01', null),
    stage('journey-a-01', 'stage-a-002', '交付'),
    stage('journey-a-01', 'stage-a-001', '成交'),
    { type: 'stage.move', payload: { workshopId, stageId: 'stage-a-001', order: 'Zz' } },
    card('stage-a-002', 'card-a-0003', '交钥匙'),
    card('stage-a-001', 'card-a-0001', '签约'),
    card('stage-a-001', 'card-a-0002', '付款'),
    stage('journey-b-01', 'stage-b-001', '成交'),
    card('stage-b-001', 'card-b-0001', '第2组的签约'),
    stage('journey-w-01', 'stage-w-001', '全班'),
    card('stage-w-001', 'card-w-0001', '全班的卡片'),
    { type: 'artifact.add', payload: { workshopId, artifactId: 'strategy-a1', deliverable: 'motStrategy', fields: { title: '', teamId: 'team-a-0001' } } },
    { type: 'measure.add', payload: { workshopId, artifactId: 'strategy-a1', measureId: 'measure-a-02', element: 'empowerment', fields: { action: '授权500元', owner: '', timeline: '', kpi: '' } } },
    { type: 'measure.add', payload: { workshopId, artifactId: 'strategy-a1', measureId: 'measure-a-01', element: 'culture', fields: { action: '晨会', owner: '', timeline: '', kpi: '' } } },
  ]);

  it("lists one team's moments stage by stage, never another team's or the class's", () => {
    const [map, ...others] = teamWork(doc, 'team-a-0001', 'journey').works as JourneyWork[];
    expect(others).toEqual([]);
    expect(map!.moments.map((m) => [m.stage, m.card.touchpoint, m.card.script])).toEqual([
      ['成交', '签约', '签约的话术'],
      ['成交', '付款', '付款的话术'],
      ['交付', '交钥匙', '交钥匙的话术'],
    ]);
    expect((teamWork(doc, 'team-b-0001', 'journey').works as JourneyWork[])[0]!.moments.map((m) => m.card.touchpoint)).toEqual(['第2组的签约']);
  });

  it('keeps strategy measures in the course order of the elements, leaving out empty ones', () => {
    const [strategy] = teamWork(doc, 'team-a-0001', 'motStrategy').works as StrategyWork[];
    expect(strategy!.elements.map((e) => [e.element, e.measures.map((m) => m.action)])).toEqual([
      ['culture', ['晨会']],
      ['empowerment', ['授权500元']],
    ]);
    expect(teamWork(doc, 'team-b-0001', 'motStrategy').works).toEqual([]);
    expect(teamWork(doc, 'team-b-0001', 'standard').works).toEqual([]);
  });
});
