import { describe, expect, it } from 'vitest';
import { OpSchema } from '../../protocol/ops.ts';
import { ALICE, AT, BOB, JOURNEY_A, op, refusal, room, run, start, TEAM_A, TEAM_B, W } from '../../testing/room.ts';

const NEWCOMER = 'newcomer-0001';
const parses = (type: string, payload: Record<string, unknown>) =>
  OpSchema.safeParse({ opId: 'op-test-0001', type, payload: { workshopId: W, ...payload } }).success;

describe('joining and leaving the classroom', () => {
  it('a join makes the participant row; joining again keeps the first arrival and a team already chosen', () => {
    const joined = run(room(), op('participant.join', { participantId: NEWCOMER, name: '小林', teamId: null, language: 'zh-CN' }));
    expect(joined.participants[NEWCOMER]).toEqual({ id: NEWCOMER, name: '小林', teamId: null, language: 'zh-CN', joinedAt: AT });
    const placed = run(joined, op('participant.chooseTeam', { participantId: NEWCOMER, teamId: TEAM_B }));
    const back = run(placed, op('participant.join', { participantId: NEWCOMER, name: 'Lin', teamId: null, language: 'en' }));
    expect(back.participants[NEWCOMER]).toMatchObject({ name: 'Lin', teamId: TEAM_B, language: 'en', joinedAt: AT });
  });

  it('refuses a join into a team that does not exist, and names that are blank or too long', () => {
    expect(refusal(room(), op('participant.join', { participantId: NEWCOMER, name: '小林', teamId: 'no-such-team', language: 'zh-CN' }))?.code).toBe(
      'unknownEntity',
    );
    expect(parses('participant.rename', { participantId: ALICE, name: '   ' })).toBe(false);
    expect(parses('participant.rename', { participantId: ALICE, name: '名'.repeat(41) })).toBe(false);
    expect(parses('participant.setLanguage', { participantId: ALICE, language: 'fr' })).toBe(false);
  });

  it('renames and changes the language of the participant named, and of no one who has not joined', () => {
    const doc = run(room(), op('participant.rename', { participantId: ALICE, name: 'Alice W.' }), op('participant.setLanguage', { participantId: ALICE, language: 'zh-CN' }));
    expect(doc.participants[ALICE]).toMatchObject({ name: 'Alice W.', language: 'zh-CN', teamId: TEAM_A });
    expect(refusal(room(), op('participant.rename', { participantId: NEWCOMER, name: 'x' }))?.code).toBe('unknownEntity');
  });

  it('a participant chooses a team once; after that only the trainer moves them', () => {
    const joined = run(room(), op('participant.join', { participantId: NEWCOMER, name: '小林', teamId: null, language: 'zh-CN' }));
    const chosen = run(joined, op('participant.chooseTeam', { participantId: NEWCOMER, teamId: TEAM_A }));
    expect(chosen.participants[NEWCOMER].teamId).toBe(TEAM_A);
    // Choosing the same team again changes nothing and is no error (a double tap).
    expect(refusal(chosen, op('participant.chooseTeam', { participantId: NEWCOMER, teamId: TEAM_A }))).toBeNull();
    expect(refusal(chosen, op('participant.chooseTeam', { participantId: NEWCOMER, teamId: TEAM_B }))).toMatchObject({ code: 'forbidden', rule: 'teamChosen' });
    const moved = run(chosen, op('participant.setTeam', { participantId: NEWCOMER, teamId: TEAM_B }));
    expect(moved.participants[NEWCOMER].teamId).toBe(TEAM_B);
    expect(run(moved, op('participant.setTeam', { participantId: NEWCOMER, teamId: null })).participants[NEWCOMER].teamId).toBeNull();
    expect(refusal(chosen, op('participant.chooseTeam', { participantId: NEWCOMER, teamId: 'no-such-team' }))?.code).toBe('unknownEntity');
    expect(refusal(chosen, op('participant.setTeam', { participantId: NEWCOMER, teamId: 'no-such-team' }))?.code).toBe('unknownEntity');
  });

  it('removing a participant takes their row away; removing one who is not there is refused', () => {
    const doc = run(room(), op('participant.remove', { participantId: BOB }));
    expect(doc.participants[BOB]).toBeUndefined();
    expect(refusal(doc, op('participant.remove', { participantId: BOB }))?.code).toBe('unknownEntity');
  });

  it('removing a team leaves its people without a team, hands its work to the workshop and forgets it in the room settings', () => {
    const shared = run(room(), op('classroom.update', { patch: { sharedTeamIds: [TEAM_A, TEAM_B], projectedTeamIds: [TEAM_A] } }));
    const doc = run(shared, op('team.remove', { teamId: TEAM_A }));
    expect(doc.teams[TEAM_A]).toBeUndefined();
    expect(doc.participants[ALICE].teamId).toBeNull();
    expect(doc.participants[BOB].teamId).toBe(TEAM_B);
    expect(doc.artifacts[JOURNEY_A].teamId).toBeNull();
    expect(doc.classrooms[W]).toMatchObject({ sharedTeamIds: [TEAM_B], projectedTeamIds: [] });
  });
});

describe('the room settings', () => {
  it('are made with defaults on the first update and keep what a patch leaves out', () => {
    const locked = run(room(), op('classroom.update', { patch: { locked: true } }));
    expect(locked.classrooms[W]).toEqual({ id: W, locked: true, sharedTeamIds: [], projectedTeamIds: [], activeActivityId: null });
    const shared = run(locked, op('classroom.update', { patch: { sharedTeamIds: [TEAM_B] } }));
    expect(shared.classrooms[W]).toMatchObject({ locked: true, sharedTeamIds: [TEAM_B] });
  });

  it('refuse teams and activities that do not exist, and more than four teams on the projector', () => {
    expect(refusal(room(), op('classroom.update', { patch: { sharedTeamIds: ['no-such-team'] } }))?.code).toBe('unknownEntity');
    expect(refusal(room(), op('classroom.update', { patch: { projectedTeamIds: [TEAM_A, 'no-such-team'] } }))?.code).toBe('unknownEntity');
    expect(refusal(room(), op('classroom.update', { patch: { activeActivityId: 'no-such-activity' } }))?.code).toBe('unknownEntity');
    const withPoll = run(room(), start('poll-00000001', 'npsPoll'), op('classroom.update', { patch: { activeActivityId: null } }));
    expect(run(withPoll, op('classroom.update', { patch: { activeActivityId: 'poll-00000001' } })).classrooms[W].activeActivityId).toBe('poll-00000001');
    expect(parses('classroom.update', { patch: { projectedTeamIds: [TEAM_A, TEAM_B, TEAM_A, TEAM_B, TEAM_A] } })).toBe(false);
  });
});
