import { describe, expect, it } from 'vitest';
import type { ContentOp } from '../protocol/ops.ts';
import { ALICE, op, room, run, start, W } from '../testing/room.ts';
import { keptOp } from './kept-op.ts';

const doc = run(room(), start('named-brainstorm', 'brainstorm'), start('secret-brainstorm', 'brainstorm', { anonymous: true }));
const note = (activityId: string) =>
  ({ opId: 'op-test-0001', ...op('note.add', { activityId, noteId: 'note-0000001', text: '好', authorId: ALICE, authorName: 'Alice' }) }) as ContentOp;

describe('the op as the host logs and passes it on', () => {
  it('an anonymous note’s writer is cut, in a batch too', () => {
    expect(keptOp(note('secret-brainstorm'), doc).payload).toMatchObject({ authorId: null, authorName: '' });
    const sub = { type: 'note.add', payload: note('secret-brainstorm').payload };
    const batch = { opId: 'op-test-0002', type: 'batch', payload: { workshopId: W, ops: [op('team.update', { teamId: 'team-a-000001', patch: { name: '甲' } }), sub] } } as ContentOp;
    expect(JSON.stringify(keptOp(batch, doc))).not.toContain(ALICE);
  });

  it('anything else is the very op sent', () => {
    const named = note('named-brainstorm');
    expect(keptOp(named, doc)).toBe(named);
    const batch = { opId: 'op-test-0002', type: 'batch', payload: { workshopId: W, ops: [{ type: 'note.add', payload: named.payload }] } } as ContentOp;
    expect(keptOp(batch, doc)).toBe(batch);
  });
});
