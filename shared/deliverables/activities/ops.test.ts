import { describe, expect, it } from 'vitest';
import { ALICE, AMY, BOB, op, refusal, room, run, start, W } from '../../testing/room.ts';
import { pollNps } from './view.ts';

const BRAINSTORM = 'brainstorm-01';
const OTHER_BRAINSTORM = 'brainstorm-02';
const DOT_VOTE = 'dot-vote-0001';
const NPS = 'nps-poll-0001';
const RATING = 'rating-poll-1';

const note = (noteId: string, authorId: string | null, activityId = BRAINSTORM, text = '等候时间太长') =>
  op('note.add', { activityId, noteId, text, authorId, authorName: authorId ? `name of ${authorId}` : '' });
const vote = (voteId: string, voterId: string, noteId = 'note-0000001') => op('vote.cast', { activityId: DOT_VOTE, voteId, noteId, voterId });
const answer = (responseId: string, respondentId: string, score: number | null, activityId = NPS, ratings: unknown[] = []) =>
  op('poll.answer', { activityId, responseId, respondentId, score, ratings });

/** A brainstorm with two notes, a dot vote on it (two dots each), an NPS poll and a rating poll on two dimensions. */
const live = () =>
  run(
    room(),
    start(BRAINSTORM, 'brainstorm'),
    start(OTHER_BRAINSTORM, 'brainstorm'),
    note('note-0000001', ALICE),
    note('note-0000002', BOB),
    note('note-elsewhere', BOB, OTHER_BRAINSTORM),
    start(DOT_VOTE, 'dotVote', { sourceActivityId: BRAINSTORM, votesPerPerson: 2 }),
    start(NPS, 'npsPoll'),
    start(RATING, 'ratingPoll', { dimensions: ['有形度', '同理度'] }),
  );

describe('starting, changing and removing activities', () => {
  it('a started activity is open, hidden, in order, and the room’s active one', () => {
    const doc = live();
    expect(doc.activities[NPS]).toMatchObject({ kind: 'npsPoll', open: true, revealed: false });
    expect(doc.classrooms[W].activeActivityId).toBe(RATING);
    const order = [BRAINSTORM, OTHER_BRAINSTORM, DOT_VOTE, NPS, RATING].map((id) => doc.activities[id].order);
    expect([...order].sort()).toEqual(order);
  });

  it('a dot vote needs a brainstorm to vote on, a rating poll something to rate', () => {
    expect(refusal(room(), start(DOT_VOTE, 'dotVote'))).toMatchObject({ code: 'invalid', rule: 'needsBrainstorm' });
    expect(refusal(live(), start('dot-vote-0002', 'dotVote', { sourceActivityId: NPS }))).toMatchObject({ rule: 'needsBrainstorm' });
    expect(refusal(room(), start(RATING, 'ratingPoll'))).toMatchObject({ code: 'invalid', rule: 'required' });
    expect(refusal(live(), start(NPS, 'npsPoll'))?.code).toBe('duplicateId');
  });

  it('the trainer closes, reveals and rewords an activity', () => {
    const doc = run(live(), op('activity.update', { activityId: NPS, patch: { open: false, revealed: true, prompt: '您会推荐我们吗？' } }));
    expect(doc.activities[NPS]).toMatchObject({ open: false, revealed: true, prompt: '您会推荐我们吗？', kind: 'npsPoll' });
    expect(refusal(live(), op('activity.update', { activityId: 'no-such-poll', patch: { open: false } }))?.code).toBe('unknownEntity');
  });

  it('removing a brainstorm takes its notes with it, and the dots cast on them in the vote', () => {
    const voted = run(live(), vote('vote-0000001', ALICE), vote('vote-0000002', BOB, 'note-0000002'));
    const doc = run(voted, op('activity.remove', { activityId: BRAINSTORM }));
    expect(Object.keys(doc.notes)).toEqual(['note-elsewhere']);
    expect(doc.votes).toEqual({});
    expect(doc.activities[DOT_VOTE]).toBeDefined();
  });

  it('removing a poll takes its answers, and clears it as the active activity', () => {
    const answered = run(live(), answer('answer-00001', ALICE, 9), answer('answer-00002', BOB, 4), op('classroom.update', { patch: { activeActivityId: NPS } }));
    const doc = run(answered, op('activity.remove', { activityId: NPS }));
    expect(doc.responses).toEqual({});
    expect(doc.classrooms[W].activeActivityId).toBeNull();
    // Another activity's removal leaves the active one alone.
    expect(run(answered, op('activity.remove', { activityId: RATING })).classrooms[W].activeActivityId).toBe(NPS);
  });
});

describe('notes', () => {
  it('a named note keeps its writer and the writer’s team', () => {
    expect(run(live(), note('note-0000003', BOB)).notes['note-0000003']).toMatchObject({ authorId: BOB, authorName: `name of ${BOB}`, teamId: 'team-b-000001' });
  });

  it('an anonymous brainstorm stores no writer, name or team, even when the client sent them', () => {
    const doc = run(room(), start('anonymous-01', 'brainstorm', { anonymous: true }), note('note-0000003', ALICE, 'anonymous-01'));
    expect(doc.notes['note-0000003']).toMatchObject({ authorId: null, authorName: '', teamId: null, text: '等候时间太长' });
  });

  it('go only on an open brainstorm', () => {
    expect(refusal(live(), note('note-0000003', ALICE, NPS))).toMatchObject({ code: 'invalid', rule: 'notABrainstorm' });
    const closed = run(live(), op('activity.update', { activityId: BRAINSTORM, patch: { open: false } }));
    expect(refusal(closed, note('note-0000003', ALICE))).toMatchObject({ code: 'forbidden', rule: 'activityClosed' });
  });

  it('a removed note takes the dots on it', () => {
    const doc = run(live(), vote('vote-0000001', ALICE), vote('vote-0000002', BOB, 'note-0000002'), op('note.remove', { noteId: 'note-0000001' }));
    expect(Object.keys(doc.votes)).toEqual(['vote-0000002']);
  });
});

describe('dot votes', () => {
  it('each person has the vote’s number of dots; a retracted dot can be placed again', () => {
    const two = run(live(), vote('vote-0000001', ALICE), vote('vote-0000002', ALICE, 'note-0000002'));
    expect(refusal(two, vote('vote-0000003', ALICE))).toMatchObject({ code: 'limitReached', rule: 'noDotsLeft', limit: 2 });
    // Someone else's dots are their own.
    expect(refusal(two, vote('vote-0000003', AMY))).toBeNull();
    const freed = run(two, op('vote.retract', { voteId: 'vote-0000001' }));
    expect(refusal(freed, vote('vote-0000003', ALICE))).toBeNull();
  });

  it('go only on the notes of the vote’s own brainstorm, and only while it is open', () => {
    expect(refusal(live(), vote('vote-0000001', ALICE, 'note-elsewhere'))?.code).toBe('unknownEntity');
    expect(refusal(live(), vote('vote-0000001', ALICE, 'no-such-note'))?.code).toBe('unknownEntity');
    expect(refusal(live(), op('vote.cast', { activityId: NPS, voteId: 'vote-0000001', noteId: 'note-0000001', voterId: ALICE }))).toMatchObject({ rule: 'notADotVote' });
    const voted = run(live(), vote('vote-0000001', ALICE));
    const closed = run(voted, op('activity.update', { activityId: DOT_VOTE, patch: { open: false } }));
    expect(refusal(closed, vote('vote-0000002', BOB))).toMatchObject({ rule: 'activityClosed' });
    expect(refusal(closed, op('vote.retract', { voteId: 'vote-0000001' }))).toMatchObject({ rule: 'activityClosed' });
  });
});

describe('poll answers', () => {
  it('a second answer replaces the first: one answer per person counts', () => {
    const doc = run(live(), answer('answer-00001', ALICE, 10), answer('answer-00002', BOB, 2), answer('answer-00003', ALICE, 3));
    expect(Object.values(doc.responses).filter((r) => r.respondentId === ALICE).map((r) => r.score)).toEqual([3]);
    expect(pollNps(doc, NPS)).toMatchObject({ count: 2 });
  });

  it('an NPS answer needs a score; a rating answer needs ratings of dimensions the poll has', () => {
    expect(refusal(live(), answer('answer-00001', ALICE, null))).toMatchObject({ code: 'invalid', rule: 'required' });
    expect(refusal(live(), answer('answer-00001', ALICE, null, RATING, []))).toMatchObject({ rule: 'required' });
    expect(refusal(live(), answer('answer-00001', ALICE, null, RATING, [{ dimension: 2, expectation: 5, perception: 4 }]))).toMatchObject({
      rule: 'unknownDimension',
    });
    const rated = run(live(), answer('answer-00001', ALICE, 8, RATING, [{ dimension: 1, expectation: 6, perception: 4 }]));
    // A rating poll keeps no score, whatever was sent.
    expect(rated.responses['answer-00001']).toMatchObject({ score: null, ratings: [{ dimension: 1, expectation: 6, perception: 4 }] });
    expect(refusal(live(), answer('answer-00001', ALICE, 8, BRAINSTORM))).toMatchObject({ rule: 'notAPoll' });
  });

  it('a closed poll takes no answers, not even a change of mind', () => {
    const answered = run(live(), answer('answer-00001', ALICE, 9));
    const closed = run(answered, op('activity.update', { activityId: NPS, patch: { open: false } }));
    expect(refusal(closed, answer('answer-00002', ALICE, 1))).toMatchObject({ code: 'forbidden', rule: 'activityClosed' });
    expect(closed.responses['answer-00001'].score).toBe(9);
  });
});
