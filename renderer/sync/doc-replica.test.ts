import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc, type Effect, type WorkshopDoc } from '../../shared/core/doc.ts';
import type { Change } from '../../shared/protocol/messages.ts';
import type { Op } from '../../shared/protocol/ops.ts';
import { DocReplica } from './doc-replica.ts';
import type { Pending } from './pending.ts';

const at = '2026-12-01T09:00:00.000Z';
const workshopId = 'workshop-0001';
const base: WorkshopDoc = {
  ...emptyDoc({ id: workshopId, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', industry: 'general', createdAt: at, updatedAt: at }),
  artifacts: { [workshopId]: { id: workshopId, deliverable: 'standard', teamId: null, title: '', order: 'a0' } },
};
const addPost = (n: number): Op => ({
  opId: `op-post-000${n}`,
  type: 'post.add',
  payload: { workshopId, artifactId: workshopId, postId: `post-000${n}`, fields: { name: `岗位 ${n}`, description: '' } },
});
const stored = (n: number, name = `岗位 ${n}`): Effect => ({
  put: {
    posts: [
      {
        id: `post-000${n}`,
        artifactId: workshopId,
        name,
        description: '',
        order: `a${n}`,
        dimensionWeights: { tangibles: 20, assurance: 20, responsiveness: 20, reliability: 20, empathy: 20 },
      },
    ],
  },
  del: {},
});
const change = (seq: number, op: Op, effect: Effect): Change => ({ seq, workshopId, clientId: 'other', at, op, effect });
const names = (r: DocReplica, pending: Pending[]) => Object.values(r.view(pending)?.posts ?? {}).map((p) => p.name);

describe('a replica of a workshop', () => {
  it('shows a pending edit at once, predicted by the shared reducer', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 10);
    expect(names(r, [{ op: addPost(1), at }])).toEqual(['岗位 1']);
  });

  it('confirms from the host’s effect, not from its own prediction', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 10);
    // The host stored something else than the client predicted (here: another name): the copy holds the host's.
    r.change(change(11, addPost(1), stored(1, '主机存的名字')));
    expect(Object.values(r.confirmed!.posts).map((p) => p.name)).toEqual(['主机存的名字']);
    expect(names(r, [{ op: addPost(1), at, committedSeq: 11 }])).toEqual(['主机存的名字']);
  });

  it('keeps an acknowledged edit in view until the copy reaches its seq (the ack may overtake the change)', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 10);
    const pending: Pending[] = [{ op: addPost(1), at, committedSeq: 12 }];
    expect(names(r, pending)).toEqual(['岗位 1']);
    r.change(change(11, addPost(2), stored(2)));
    expect(names(r, [...pending])).toEqual(['岗位 2', '岗位 1']);
    r.change(change(12, addPost(1), stored(1)));
    expect(r.shows(pending[0])).toBe(false);
  });

  it('drops a prediction the reducer refuses (its target is gone) without failing the view', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 3);
    const orphan: Op = { opId: 'op-orphan-01', type: 'post.update', payload: { workshopId, postId: 'missing-01', patch: { name: 'x' } } };
    expect(names(r, [{ op: orphan, at }, { op: addPost(1), at }])).toEqual(['岗位 1']);
  });

  it('ignores a change it already holds (catch-up repeats)', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 5);
    r.change(change(6, addPost(1), stored(1)));
    r.change(change(6, addPost(1), stored(1, 'again')));
    expect(names(r, [])).toEqual(['岗位 1']);
    expect(r.seq).toBe(6);
  });

  it('keeps the view’s identity while nothing changed, and untouched entities’ identity after a change', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 5);
    r.change(change(6, addPost(1), stored(1)));
    const pending: Pending[] = [];
    const first = r.view(pending)!;
    expect(r.view(pending)).toBe(first);
    r.change(change(7, addPost(2), stored(2)));
    expect(r.view(pending)!.posts['post-0001']).toBe(first.posts['post-0001']);
  });
});

describe('a replica sent the workshop afresh while subscribed (what the member may see changed)', () => {
  const withPosts = (...ns: number[]): WorkshopDoc => ns.reduce((doc, n) => applyEffect(doc, stored(n)), base);

  it('takes the new doc as its base and predicts the unacknowledged edits on top again', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(withPosts(1), 10);
    const pending: Pending[] = [{ op: addPost(3), at }];
    expect(names(r, pending)).toEqual(['岗位 1', '岗位 3']);
    // A team's work was shared with this member's team: post 2 arrives in the doc, the own pending edit stays.
    r.snapshot(withPosts(1, 2), 14);
    expect(names(r, pending)).toEqual(['岗位 1', '岗位 2', '岗位 3']);
    expect(r.seq).toBe(14);
  });

  it('drops what the new doc leaves out, but never the edits it still owes the host', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(withPosts(1, 2), 10);
    const pending: Pending[] = [{ op: addPost(3), at }];
    r.snapshot(withPosts(1), 11);
    expect(names(r, pending)).toEqual(['岗位 1', '岗位 3']);
  });

  it('does not show an acknowledged edit twice once the doc holds it, and keeps one the doc does not reach yet', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(base, 10);
    const inDoc: Pending = { op: addPost(1), at, committedSeq: 11 };
    const later: Pending = { op: addPost(2), at, committedSeq: 13 };
    r.snapshot(withPosts(1), 12);
    expect(r.shows(inDoc)).toBe(false);
    expect(r.shows(later)).toBe(true);
    expect(names(r, [inDoc, later])).toEqual(['岗位 1', '岗位 2']);
  });

  it('gives a new view identity, so screens re-render with the new base', () => {
    const r = new DocReplica(workshopId);
    r.snapshot(withPosts(1), 10);
    const pending: Pending[] = [];
    const first = r.view(pending);
    r.snapshot(withPosts(1, 2), 11);
    expect(r.view(pending)).not.toBe(first);
  });
});
