import { describe, expect, it } from 'vitest';
import type { WorkshopState } from '../../shared/domain/state.ts';
import type { Op } from '../../shared/protocol/ops.ts';
import { applyToWorkshop } from '../../shared/rules/apply-op.ts';
import { Replica } from './replica.ts';

const at = '2026-12-01T09:00:00.000Z';
const workshopId = 'workshop-0001';
const empty: WorkshopState = {
  workshop: { id: workshopId, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', createdAt: at, updatedAt: at },
  posts: [],
  indicators: [],
};
const addPost = (n: number): Op => ({
  opId: `op-post-000${n}`,
  type: 'post.add',
  payload: { workshopId, postId: `post-000${n}`, fields: { name: `岗位 ${n}`, description: '' } },
});
const names = (r: Replica<WorkshopState>) => r.view()?.posts.map((p) => p.name);

describe('a replica of a workshop', () => {
  it('shows an edit at once and keeps it when the host’s change arrives', () => {
    const r = new Replica(applyToWorkshop);
    r.snapshot(empty, 10);
    r.add(addPost(1), at);
    expect(names(r)).toEqual(['岗位 1']);
    r.change({ seq: 11, workshopId, clientId: 'me', at, op: addPost(1) });
    expect(names(r)).toEqual(['岗位 1']);
    expect(r.pendingOps).toEqual([]);
  });

  it('keeps an acknowledged edit in view until the copy reaches its seq (the ack may overtake the change)', () => {
    const r = new Replica(applyToWorkshop);
    r.snapshot(empty, 10);
    r.add(addPost(1), at);
    r.committed('op-post-0001', 12);
    expect(names(r)).toEqual(['岗位 1']);
    r.change({ seq: 11, workshopId, clientId: 'other', at, op: addPost(2) });
    expect(names(r)).toEqual(['岗位 2', '岗位 1']);
    r.snapshot({ ...empty, posts: [] }, 12);
    expect(r.pendingOps).toEqual([]);
  });

  it('rolls a refused edit back', () => {
    const r = new Replica(applyToWorkshop);
    r.snapshot(empty, 3);
    r.add(addPost(1), at);
    r.drop('op-post-0001');
    expect(names(r)).toEqual([]);
  });

  it('ignores a change it already holds (catch-up repeats)', () => {
    const r = new Replica(applyToWorkshop);
    r.snapshot(empty, 5);
    r.change({ seq: 6, workshopId, clientId: 'other', at, op: addPost(1) });
    r.change({ seq: 6, workshopId, clientId: 'other', at, op: { ...addPost(1), opId: 'op-other-0001' } });
    expect(names(r)).toEqual(['岗位 1']);
    expect(r.seq).toBe(6);
  });
});
