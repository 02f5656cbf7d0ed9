import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc, type WorkshopDoc } from '../../shared/core/doc.ts';
import { reduce } from '../../shared/core/reduce.ts';
import { sortByOrder } from '../../shared/core/order.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { planAutoAssign } from './auto-assign.ts';

const workshopId = 'workshop-0001';
const at = '2026-12-01T09:00:00.000Z';
let ids = 0;
const newId = () => `team-new-${String(++ids).padStart(4, '0')}`;
const teamName = (n: number) => `第${n}组`;

const room = (names: string[]): WorkshopDoc => ({
  ...emptyDoc({ id: workshopId, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', industry: 'general', createdAt: at, updatedAt: at }),
  participants: Object.fromEntries(
    names.map((name, i) => {
      const id = `person-${String(i).padStart(4, '0')}`;
      // Joined one minute apart, listed out of order: the plan must follow joining, not the map's order.
      return [id, { id, name, teamId: null, language: 'zh-CN' as const, joinedAt: new Date(Date.parse(at) + (names.length - i) * 60_000).toISOString() }];
    }),
  ),
});

/** The plan as the host would apply it: one batch through the shared reducer. */
const run = (doc: WorkshopDoc, count: number): { doc: WorkshopDoc; ops: SubOp[] } => {
  const ops = planAutoAssign({ workshopId, participants: Object.values(doc.participants), teams: sortByOrder(Object.values(doc.teams)), count, teamName, newId });
  if (ops.length === 0) return { doc, ops };
  return { doc: applyEffect(doc, reduce(doc, { opId: 'batch-op-01', type: 'batch', payload: { workshopId, ops } }, at)), ops };
};

/** Team name → the names of its members in the order they joined. */
const teamsOf = (doc: WorkshopDoc) => {
  const people = Object.values(doc.participants).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  return Object.fromEntries(sortByOrder(Object.values(doc.teams)).map((t) => [t.name, people.filter((p) => p.teamId === t.id).map((p) => p.name)]));
};

describe('auto-assigning the room into teams', () => {
  it('makes the missing teams and deals people round-robin in the order they joined', () => {
    // Listed A…G, joined G first (see room()).
    const { doc } = run(room(['A', 'B', 'C', 'D', 'E', 'F', 'G']), 3);
    expect(teamsOf(doc)).toEqual({ 第1组: ['G', 'D', 'A'], 第2组: ['F', 'C'], 第3组: ['E', 'B'] });
  });

  it('uses existing teams first and names new ones so they do not repeat an existing name', () => {
    const start = room(['A', 'B', 'C', 'D']);
    const withTeam = applyEffect(start, reduce(start, { opId: 'team-op-001', type: 'team.add', payload: { workshopId, teamId: 'team-old-0001', fields: { name: '第2组' } } }, at));
    const { doc } = run(withTeam, 3);
    expect(Object.keys(teamsOf(doc))).toEqual(['第2组', '第1组', '第3组']);
    expect(Object.values(teamsOf(doc)).map((m) => m.length)).toEqual([2, 1, 1]);
  });

  it('moves only the latecomers when run again, and changes nothing when the room has not changed', () => {
    const first = run(room(['A', 'B', 'C', 'D', 'E', 'F']), 3).doc;
    expect(run(first, 3).ops).toEqual([]);
    const late = { ...first, participants: { ...first.participants, 'person-late-1': { id: 'person-late-1', name: 'H', teamId: null, language: 'en' as const, joinedAt: '2026-12-01T10:00:00.000Z' } } };
    const { doc, ops } = run(late, 3);
    expect(ops).toEqual([{ type: 'participant.setTeam', payload: { workshopId, participantId: 'person-late-1', teamId: expect.any(String) } }]);
    expect(Object.values(teamsOf(doc)).map((m) => m.length)).toEqual([3, 2, 2]);
  });

  it('evens out lopsided teams by moving the last to join, and empties teams beyond the count', () => {
    const first = run(room(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']), 4).doc;
    const [t1, , , t4] = sortByOrder(Object.values(first.teams));
    // Everyone crowds into team 1 except one person left in team 4; then the trainer wants 2 teams.
    const crowded = { ...first, participants: Object.fromEntries(Object.values(first.participants).map((p) => [p.id, { ...p, teamId: p.name === 'A' ? t4!.id : t1!.id }])) };
    const { doc } = run(crowded, 2);
    const sizes = teamsOf(doc);
    expect([sizes['第1组']!.length, sizes['第2组']!.length]).toEqual([4, 4]);
    expect(sizes['第4组']).toEqual([]);
    // Team 1 keeps the first four who joined of its members.
    expect(sizes['第1组']).toEqual(['H', 'G', 'F', 'E']);
  });

  it('copes with more teams than people', () => {
    const { doc } = run(room(['A', 'B']), 4);
    expect(teamsOf(doc)).toEqual({ 第1组: ['B'], 第2组: ['A'], 第3组: [], 第4组: [] });
  });
});
