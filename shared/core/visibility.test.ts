import { describe, expect, it } from 'vitest';
import { ALICE, BOB, CARD_A, CARD_B, JOURNEY_A, JOURNEY_B, memberSession, op, room, run, start, TEAM_A, TEAM_B, trainer, viewer, W } from '../testing/room.ts';
import { reduce } from './reduce.ts';
import type { ContentOp } from '../protocol/ops.ts';
import { applyEffect, type Effect, type WorkshopDoc } from './doc.ts';
import { audienceKey, reshapedFor, rowVisible, visibleDoc, visibleEffect } from './visibility.ts';

const alice = memberSession(ALICE, TEAM_A);
const bob = memberSession(BOB, TEAM_B);
const effectOf = (doc: WorkshopDoc, ...ops: ReturnType<typeof op>[]): Effect =>
  reduce(doc, { opId: 'op-test-0001', type: 'batch', payload: { workshopId: W, ops } } as ContentOp, '2026-12-01T10:00:00.000Z');

/** A dot vote where Alice and Bob have a dot each, and an NPS poll both answered. */
const voted = () =>
  run(
    room(),
    start('brainstorm-01', 'brainstorm'),
    op('note.add', { activityId: 'brainstorm-01', noteId: 'note-0000001', text: '排队', authorId: BOB, authorName: 'Bob' }),
    start('dot-vote-0001', 'dotVote', { sourceActivityId: 'brainstorm-01' }),
    op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-of-alice', noteId: 'note-0000001', voterId: ALICE }),
    op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-of-bob01', noteId: 'note-0000001', voterId: BOB }),
    start('nps-poll-0001', 'npsPoll'),
    op('poll.answer', { activityId: 'nps-poll-0001', responseId: 'answer-alice', respondentId: ALICE, score: 9, ratings: [] }),
    op('poll.answer', { activityId: 'nps-poll-0001', responseId: 'answer-bob01', respondentId: BOB, score: 2, ratings: [] }),
  );

describe('which rows a member sees', () => {
  it('their own team’s work and the workshop’s, not another team’s until the trainer shares it', () => {
    const doc = room();
    expect(rowVisible(alice, 'journeyCards', doc.journeyCards[CARD_A], doc)).toBe(true);
    expect(rowVisible(alice, 'journeyCards', doc.journeyCards[CARD_B], doc)).toBe(false);
    expect(rowVisible(alice, 'artifacts', doc.artifacts[JOURNEY_B], doc)).toBe(false);
    expect(rowVisible(alice, 'participants', doc.participants[BOB], doc)).toBe(true);
    const shared = run(doc, op('classroom.update', { patch: { sharedTeamIds: [TEAM_B] } }));
    expect(rowVisible(alice, 'journeyCards', shared.journeyCards[CARD_B], shared)).toBe(true);
    // Sharing B shows B's work to A, not A's to B.
    expect(rowVisible(bob, 'journeyCards', shared.journeyCards[CARD_A], shared)).toBe(false);
  });

  it('the trainer and viewers see everything', () => {
    const doc = voted();
    for (const who of [trainer, viewer]) {
      expect(rowVisible(who, 'journeyCards', doc.journeyCards[CARD_B], doc)).toBe(true);
      expect(rowVisible(who, 'votes', doc.votes['vote-of-bob01'], doc)).toBe(true);
    }
  });

  it('their own votes and answers, others’ only once the results are revealed', () => {
    const doc = voted();
    expect(rowVisible(alice, 'votes', doc.votes['vote-of-alice'], doc)).toBe(true);
    expect(rowVisible(alice, 'votes', doc.votes['vote-of-bob01'], doc)).toBe(false);
    expect(rowVisible(alice, 'responses', doc.responses['answer-bob01'], doc)).toBe(false);
    const revealed = run(doc, op('activity.update', { activityId: 'dot-vote-0001', patch: { revealed: true } }));
    expect(rowVisible(alice, 'votes', revealed.votes['vote-of-bob01'], revealed)).toBe(true);
    // Revealing the vote reveals nothing of the poll.
    expect(rowVisible(alice, 'responses', revealed.responses['answer-bob01'], revealed)).toBe(false);
  });

  it('nothing whose artifact the doc does not hold (a row that cannot say whose it is)', () => {
    const doc = room();
    const stray = { ...doc.journeyCards[CARD_A], id: 'stray-card-01', artifactId: 'gone-artifact' };
    expect(rowVisible(alice, 'journeyCards', stray, doc)).toBe(false);
    expect(rowVisible(trainer, 'journeyCards', stray, doc)).toBe(true);
  });

  it('a member moved to another team sees that team’s work, whatever team their session was issued into', () => {
    const moved = run(room(), op('participant.setTeam', { participantId: ALICE, teamId: TEAM_B }));
    expect(rowVisible(alice, 'journeyCards', moved.journeyCards[CARD_B], moved)).toBe(true);
    expect(rowVisible(alice, 'journeyCards', moved.journeyCards[CARD_A], moved)).toBe(false);
  });
});

describe('the workshop as a member may see it', () => {
  it('leaves out other teams’ unshared work and others’ unrevealed answers, and keeps everything else', () => {
    const doc = voted();
    const seen = visibleDoc(alice, doc);
    expect(Object.keys(seen.journeyCards)).toEqual([CARD_A]);
    expect(Object.keys(seen.artifacts)).toEqual([JOURNEY_A]);
    expect(Object.keys(seen.votes)).toEqual(['vote-of-alice']);
    expect(Object.keys(seen.responses)).toEqual(['answer-alice']);
    expect(Object.keys(seen.participants).length).toBe(3);
    expect(Object.keys(seen.notes)).toEqual(['note-0000001']);
    expect(seen.workshop).toBe(doc.workshop);
    expect(JSON.stringify(seen)).not.toContain('二组的秘密');
  });

  it('is the very doc for the trainer and viewers, and leaves the host’s doc untouched', () => {
    const doc = voted();
    expect(visibleDoc(trainer, doc)).toBe(doc);
    expect(visibleDoc(viewer, doc)).toBe(doc);
    const before = JSON.stringify(doc);
    visibleDoc(alice, doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('what of a change a member may see', () => {
  it('all of it, as the same object, when nothing in it is hidden', () => {
    const doc = room();
    const effect = effectOf(doc, op('card.update', { cardId: CARD_A, patch: { wow: '热毛巾' } }));
    expect(visibleEffect(alice, effect, applyEffect(doc, effect))).toBe(effect);
    expect(visibleEffect(trainer, effect, applyEffect(doc, effect))).toBe(effect);
  });

  it('nothing when all of it is another team’s', () => {
    const doc = room();
    const effect = effectOf(doc, op('card.update', { cardId: CARD_B, patch: { wow: '秘密' } }));
    expect(visibleEffect(alice, effect, applyEffect(doc, effect))).toBeNull();
    expect(visibleEffect(bob, effect, applyEffect(doc, effect))).toBe(effect);
  });

  it('only their part of a change over both teams', () => {
    const doc = room();
    const effect = effectOf(doc, op('card.update', { cardId: CARD_B, patch: { wow: '秘密' } }), op('card.update', { cardId: CARD_A, patch: { wow: '热毛巾' } }));
    const shown = visibleEffect(alice, effect, applyEffect(doc, effect))!;
    expect(shown.put.journeyCards!.map((c) => c.id)).toEqual([CARD_A]);
    expect(JSON.stringify(shown)).not.toContain('秘密');
  });

  it('nothing of another’s vote or answer before the reveal; their own at once', () => {
    const doc = run(voted(), op('vote.retract', { voteId: 'vote-of-bob01' }));
    const cast = effectOf(doc, op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-of-bob02', noteId: 'note-0000001', voterId: BOB }));
    expect(visibleEffect(alice, cast, applyEffect(doc, cast))).toBeNull();
    expect(visibleEffect(bob, cast, applyEffect(doc, cast))).toBe(cast);
    // A changed answer deletes the old one: what is left for the others is the deletion of a row they never held.
    const again = effectOf(doc, op('poll.answer', { activityId: 'nps-poll-0001', responseId: 'answer-bob02', respondentId: BOB, score: 7, ratings: [] }));
    const shown = visibleEffect(alice, again, applyEffect(doc, again));
    expect(shown).toEqual({ put: {}, del: { responses: ['answer-bob01'] } });
  });

  it('is judged against the doc after the change: an artifact handed to their team comes with its content', () => {
    const doc = room();
    const effect = effectOf(doc, op('artifact.update', { artifactId: JOURNEY_B, patch: { teamId: TEAM_A } }));
    expect(visibleEffect(alice, effect, applyEffect(doc, effect))).toBe(effect);
    expect(visibleEffect(bob, effect, applyEffect(doc, effect))).toBeNull();
  });
});

describe('whose view a change reshapes', () => {
  const reshaped = (doc: WorkshopDoc, ...ops: ReturnType<typeof op>[]) => reshapedFor(effectOf(doc, ...ops), doc);

  it('everyone’s when the teams shared, an artifact’s team or a reveal change', () => {
    const doc = voted();
    expect(reshaped(doc, op('classroom.update', { patch: { sharedTeamIds: [TEAM_B] } }))).toBe('everyone');
    expect(reshaped(doc, op('artifact.update', { artifactId: JOURNEY_B, patch: { teamId: TEAM_A } }))).toBe('everyone');
    expect(reshaped(doc, op('activity.update', { activityId: 'dot-vote-0001', patch: { revealed: true } }))).toBe('everyone');
    const revealed = run(doc, op('activity.update', { activityId: 'dot-vote-0001', patch: { revealed: true } }));
    expect(reshaped(revealed, op('activity.update', { activityId: 'dot-vote-0001', patch: { revealed: false } }))).toBe('everyone');
  });

  it('nobody’s for what every member hears of as an ordinary change: a new activity or artifact, the lock, a closed poll', () => {
    const doc = voted();
    expect(reshaped(doc, start('nps-poll-0002', 'npsPoll'))).toEqual([]);
    expect(reshaped(doc, op('artifact.add', { artifactId: 'journey-c-001', deliverable: 'journey', fields: { title: '', teamId: TEAM_B } }))).toEqual([]);
    expect(reshaped(doc, op('classroom.update', { patch: { locked: true } }))).toEqual([]);
    expect(reshaped(doc, op('activity.update', { activityId: 'nps-poll-0001', patch: { open: false } }))).toEqual([]);
    expect(reshaped(doc, op('card.update', { cardId: CARD_A, patch: { wow: '热毛巾' } }))).toEqual([]);
    expect(reshaped(doc, op('vote.retract', { voteId: 'vote-of-bob01' }))).toEqual([]);
  });

  it('only the people who joined, were moved or were removed; not someone renamed', () => {
    const doc = voted();
    expect(reshaped(doc, op('participant.setTeam', { participantId: ALICE, teamId: TEAM_B }))).toEqual([ALICE]);
    expect(reshaped(doc, op('participant.remove', { participantId: BOB }))).toEqual([BOB]);
    expect(reshaped(doc, op('participant.join', { participantId: 'newcomer-0001', name: '新人', teamId: null, language: 'zh-CN' }))).toEqual(['newcomer-0001']);
    expect(reshaped(doc, op('participant.rename', { participantId: ALICE, name: 'Ali' }))).toEqual([]);
  });

  it('everyone’s, to be safe, for a change to the room settings, artifacts or activities when the doc before is unknown', () => {
    const doc = voted();
    expect(reshapedFor(effectOf(doc, op('classroom.update', { patch: { locked: true } })), null)).toBe('everyone');
    expect(reshapedFor(effectOf(doc, op('participant.rename', { participantId: ALICE, name: 'Ali' })), null)).toEqual([ALICE]);
    expect(reshapedFor(effectOf(doc, op('card.update', { cardId: CARD_A, patch: { wow: '热毛巾' } })), null)).toEqual([]);
  });
});

describe('members who may see the same', () => {
  it('share a key per team for an ordinary change, and each has their own for a vote or an answer', () => {
    const doc = voted();
    const amy = memberSession('amy-session-1', TEAM_A);
    const edit = effectOf(doc, op('card.update', { cardId: CARD_A, patch: { wow: '热毛巾' } }));
    expect(audienceKey(alice, edit, doc)).toBe(audienceKey(amy, edit, doc));
    expect(audienceKey(alice, edit, doc)).not.toBe(audienceKey(bob, edit, doc));
    const cast = effectOf(doc, op('vote.retract', { voteId: 'vote-of-bob01' }), op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-of-bob02', noteId: 'note-0000001', voterId: BOB }));
    expect(audienceKey(alice, cast, doc)).not.toBe(audienceKey(amy, cast, doc));
  });
});
