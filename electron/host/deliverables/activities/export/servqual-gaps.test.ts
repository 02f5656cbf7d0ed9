import { describe, expect, it } from 'vitest';
import { emptyDoc, type WorkshopDoc } from '../../../../../shared/core/doc.ts';
import type { Activity, Response } from '../../../../../shared/deliverables/activities/schemas.ts';
import { roomServqualGaps } from './servqual-gaps.ts';

const at = '2026-12-01T09:00:00.000Z';
const workshopId = 'workshop-000001';

function poll(id: string, order: string, dimensions: string[]): Activity {
  return { id, kind: 'ratingPoll', prompt: id, stepId: null, anonymous: false, votesPerPerson: 3, sourceActivityId: null, dimensions, open: false, revealed: true, createdAt: at, order };
}
const answer = (activityId: string, respondentId: string, pairs: [number, number][]): Response => ({
  id: `${activityId}-${respondentId}`,
  activityId,
  respondentId,
  score: null,
  ratings: pairs.map(([expectation, perception], dimension) => ({ dimension, expectation, perception })),
  at,
});

function docWith(polls: Activity[], responses: Response[]): WorkshopDoc {
  const workshop = { id: workshopId, name: '课堂', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN' as const, industry: 'general' as const, createdAt: at, updatedAt: at };
  return { ...emptyDoc(workshop), activities: Object.fromEntries(polls.map((p) => [p.id, p])), responses: Object.fromEntries(responses.map((r) => [r.id, r])) };
}

describe('the room’s SERVQUAL gaps for 成果1', () => {
  it('reads a poll named in English, in any case and order, back into the course’s order', () => {
    const english = poll('english-poll-1', 'a0', ['empathy', ' Responsiveness ', 'TANGIBLES']);
    const room = roomServqualGaps(docWith([english], [answer(english.id, 'person-00001', [[6, 6], [7, 4], [5, 5]])]));
    expect(room?.rows.map((r) => [r.key, r.gap])).toEqual([
      ['tangibles', 0],
      ['responsiveness', -3],
      ['empathy', 0],
    ]);
    expect(room?.respondents).toBe(1);
  });

  it('takes the last answered poll over the dimensions, skipping a later unanswered one and a later one on other things', () => {
    const first = poll('first-poll-01', 'a0', ['有形度', '专业度', '反应度', '信赖度', '同理度']);
    const second = poll('second-poll-1', 'a1', ['有形度', '专业度', '反应度', '信赖度', '同理度']);
    const unanswered = poll('third-poll-01', 'a2', ['有形度', '专业度', '反应度', '信赖度', '同理度']);
    const other = poll('other-poll-01', 'a3', ['有形度', '早餐']);
    const five = (p: number): [number, number][] => [[6, p], [6, p], [6, p], [6, p], [6, p]];
    const doc = docWith([first, second, unanswered, other], [
      answer(first.id, 'person-00001', five(2)),
      answer(second.id, 'person-00001', five(5)),
      answer(other.id, 'person-00001', [[6, 1], [6, 1]]),
    ]);
    expect(roomServqualGaps(doc)?.poll.id).toBe(second.id);
  });

  it('finds none when a poll repeats a dimension or the class rated something else', () => {
    const twice = poll('twice-poll-01', 'a0', ['有形度', '有形度', '反应度']);
    const food = poll('food-poll-001', 'a1', ['菜品', '环境', '服务']);
    const doc = docWith([twice, food], [answer(twice.id, 'person-00001', [[6, 5], [6, 5], [6, 5]]), answer(food.id, 'person-00001', [[6, 5], [6, 5], [6, 5]])]);
    expect(roomServqualGaps(doc)).toBeNull();
  });
});
