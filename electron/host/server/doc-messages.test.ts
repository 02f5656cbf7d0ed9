import { describe, expect, it } from 'vitest';
import { visibleDoc } from '../../../shared/core/visibility.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { ALICE, AMY, BOB, liveRoom, memberSession, op, run, TEAM_A, TEAM_B, trainer, viewer, W } from '../../../shared/testing/room.ts';
import { docMessages } from './doc-messages.ts';

/** The room with the dot vote still hidden and a second poll everyone in team A answered, unrevealed. */
const room = () =>
  run(
    liveRoom(),
    op('activity.start', {
      activityId: 'nps-poll-0002',
      fields: { kind: 'npsPoll', prompt: '再问一次', stepId: null, anonymous: false, votesPerPerson: 1, sourceActivityId: null, dimensions: [] },
    }),
    op('poll.answer', { activityId: 'nps-poll-0002', responseId: 'answer-alice2', respondentId: ALICE, score: 6, ratings: [] }),
    op('poll.answer', { activityId: 'nps-poll-0002', responseId: 'answer-amy002', respondentId: AMY, score: 10, ratings: [] }),
    op('participant.setTeam', { participantId: BOB, teamId: TEAM_A }),
  );

describe('doc messages encoded for many members at once', () => {
  it('give each session exactly the workshop it may see', () => {
    const doc = room();
    const encode = docMessages(W, 42, doc);
    const sessions: Session[] = [
      trainer,
      viewer,
      memberSession(ALICE, TEAM_A),
      memberSession(AMY, TEAM_A),
      // Issued into B, moved to A since: the row decides.
      memberSession(BOB, TEAM_B),
      memberSession('not-joined-01', TEAM_B),
      memberSession('no-team-0001', null),
    ];
    for (const session of sessions) {
      expect(JSON.parse(encode(session)), session.sessionId).toEqual({ type: 'doc', workshopId: W, seq: 42, doc: visibleDoc(session, doc) });
    }
  });

  it('leave one member’s hidden answer out of a teammate’s message', () => {
    const encode = docMessages(W, 42, room());
    expect(encode(memberSession(AMY, TEAM_A))).not.toContain('answer-alice2');
    expect(encode(memberSession(ALICE, TEAM_A))).toContain('answer-alice2');
  });
});
