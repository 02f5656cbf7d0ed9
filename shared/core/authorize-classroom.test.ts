import { describe, expect, it } from 'vitest';
import type { Op } from '../protocol/ops.ts';
import { ALICE, AMY, BOB, CARD_A, CARD_B, memberSession, op, room, run, start, TEAM_A, TEAM_B, trainer, viewer } from '../testing/room.ts';
import { authorize } from './authorize.ts';

const asOp = (sub: ReturnType<typeof op>): Op => ({ ...sub, opId: 'op-test-0001' }) as Op;
const alice = memberSession(ALICE, TEAM_A);
const bob = memberSession(BOB, TEAM_B);

/** A room with a brainstorm holding Amy's note, a dot vote on it where Bob has a dot, and an NPS poll. */
const live = () =>
  run(
    room(),
    start('brainstorm-01', 'brainstorm'),
    op('note.add', { activityId: 'brainstorm-01', noteId: 'note-of-amy1', text: '排队', authorId: AMY, authorName: 'Amy' }),
    start('dot-vote-0001', 'dotVote', { sourceActivityId: 'brainstorm-01' }),
    op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-of-bob1', noteId: 'note-of-amy1', voterId: BOB }),
    start('nps-poll-0001', 'npsPoll'),
  );

const castAs = (voterId: string) => op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-0000009', noteId: 'note-of-amy1', voterId });
const answerAs = (respondentId: string) => op('poll.answer', { activityId: 'nps-poll-0001', responseId: 'answer-00009', respondentId, score: 10, ratings: [] });
const noteAs = (authorId: string | null) => op('note.add', { activityId: 'brainstorm-01', noteId: 'note-0000009', text: '好', authorId, authorName: '' });
const editCard = (cardId: string) => op('card.update', { cardId, patch: { wow: '送一杯热茶' } });

describe('acting in one’s own name', () => {
  it('a member votes, answers and writes notes as themselves only', () => {
    const doc = live();
    expect(authorize(alice, asOp(castAs(ALICE)), doc)).toBeNull();
    expect(authorize(alice, asOp(castAs(BOB)), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(alice, asOp(answerAs(ALICE)), doc)).toBeNull();
    expect(authorize(alice, asOp(answerAs(AMY)), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(alice, asOp(noteAs(ALICE)), doc)).toBeNull();
    expect(authorize(alice, asOp(noteAs(AMY)), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(alice, asOp(noteAs(null)), doc)).toBeNull();
  });

  it('a member takes back only their own dot and their own note, and renames or places only themselves', () => {
    const doc = live();
    expect(authorize(alice, asOp(op('vote.retract', { voteId: 'vote-of-bob1' })), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(bob, asOp(op('vote.retract', { voteId: 'vote-of-bob1' })), doc)).toBeNull();
    expect(authorize(alice, asOp(op('note.remove', { noteId: 'note-of-amy1' })), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(memberSession(AMY, TEAM_A), asOp(op('note.remove', { noteId: 'note-of-amy1' })), doc)).toBeNull();
    expect(authorize(alice, asOp(op('participant.rename', { participantId: BOB, name: 'Bobby' })), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(alice, asOp(op('participant.chooseTeam', { participantId: BOB, teamId: TEAM_A })), doc)).toMatchObject({ code: 'forbidden' });
    expect(authorize(alice, asOp(op('participant.rename', { participantId: ALICE, name: 'Ali' })), doc)).toBeNull();
  });

  it('the trainer’s room ops are the trainer’s alone, and a viewer sends nothing', () => {
    const doc = live();
    for (const sub of [
      op('participant.setTeam', { participantId: ALICE, teamId: TEAM_B }),
      op('participant.remove', { participantId: BOB }),
      op('classroom.update', { patch: { locked: false } }),
      op('activity.update', { activityId: 'nps-poll-0001', patch: { revealed: true } }),
      start('nps-poll-0002', 'npsPoll'),
    ]) {
      expect(authorize(alice, asOp(sub), doc), sub.type).toMatchObject({ code: 'forbidden' });
      expect(authorize(trainer, asOp(sub), doc), sub.type).toBeNull();
    }
    expect(authorize(viewer, asOp(answerAs(viewer.sessionId)), doc)).toMatchObject({ code: 'forbidden' });
  });
});

describe('the lock', () => {
  const locked = () => run(live(), op('classroom.update', { patch: { locked: true } }));

  it('stops members’ edits of their work but not their answers, votes and notes', () => {
    const doc = locked();
    expect(authorize(alice, asOp(editCard(CARD_A)), doc)).toMatchObject({ code: 'forbidden', rule: 'locked' });
    expect(authorize(alice, asOp(castAs(ALICE)), doc)).toBeNull();
    expect(authorize(alice, asOp(answerAs(ALICE)), doc)).toBeNull();
    expect(authorize(alice, asOp(noteAs(ALICE)), doc)).toBeNull();
    expect(authorize(trainer, asOp(editCard(CARD_A)), doc)).toBeNull();
    // Unlocked again, the same edit goes.
    expect(authorize(alice, asOp(editCard(CARD_A)), run(doc, op('classroom.update', { patch: { locked: false } })))).toBeNull();
  });

  it('is not slipped past inside a batch', () => {
    const batch = { opId: 'op-test-0001', type: 'batch', payload: { workshopId: 'workshop-0001', ops: [answerAs(ALICE), editCard(CARD_A)] } } as Op;
    expect(authorize(alice, batch, locked())).toMatchObject({ rule: 'locked' });
  });
});

describe('a member’s team is the one their participant row names', () => {
  it('after the trainer moves them, they edit the new team’s work at once and no longer the old', () => {
    const moved = run(live(), op('participant.setTeam', { participantId: ALICE, teamId: TEAM_B }));
    // The session was issued into team A; the row now says B.
    expect(authorize(alice, asOp(editCard(CARD_B)), moved)).toBeNull();
    expect(authorize(alice, asOp(editCard(CARD_A)), moved)).toMatchObject({ code: 'forbidden' });
  });

  it('without a row (not joined through the room) the session’s team counts', () => {
    const stranger = memberSession('not-joined-01', TEAM_A);
    expect(authorize(stranger, asOp(editCard(CARD_A)), live())).toBeNull();
    expect(authorize(stranger, asOp(editCard(CARD_B)), live())).toMatchObject({ code: 'forbidden' });
  });

  it('one moved out of every team edits no team’s work', () => {
    const unassigned = run(live(), op('participant.setTeam', { participantId: ALICE, teamId: null }));
    expect(authorize(alice, asOp(editCard(CARD_A)), unassigned)).toMatchObject({ code: 'forbidden' });
  });
});
