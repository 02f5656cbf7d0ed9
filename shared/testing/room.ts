import { applyEffect, emptyDoc, type WorkshopDoc } from '../core/doc.ts';
import { reduce } from '../core/reduce.ts';
import { Refusal } from '../core/refusal.ts';
import type { Reason } from '../protocol/reasons.ts';
import type { Session } from '../protocol/session.ts';
import type { ContentOp, SubOp } from '../protocol/ops.ts';
import { blankCard } from '../deliverables/journey/schemas.ts';

/**
 * A classroom for tests of the shared rules: workshop W with teams A and B, a journey per team with one card each,
 * and three participants (alice and amy in A, bob in B). Ops go through the real reducer, as on the host.
 */
export const W = 'workshop-0001';
export const AT = '2026-12-01T09:00:00.000Z';
export const TEAM_A = 'team-a-000001';
export const TEAM_B = 'team-b-000001';
export const JOURNEY_A = 'journey-a-001';
export const JOURNEY_B = 'journey-b-001';
export const CARD_A = 'card-a-000001';
export const CARD_B = 'card-b-000001';
export const ALICE = 'alice-session';
export const AMY = 'amy-session-1';
export const BOB = 'bob-session-1';

type Loose = { type: string; payload: Record<string, unknown> };
/** An op of workshop W (its workshopId filled in). */
export const op = (type: string, payload: Record<string, unknown> = {}): SubOp => ({ type, payload: { workshopId: W, ...payload } }) as Loose as SubOp;

export const run = (doc: WorkshopDoc, ...ops: SubOp[]): WorkshopDoc =>
  applyEffect(doc, reduce(doc, { opId: 'op-test-0001', type: 'batch', payload: { workshopId: W, ops } } as ContentOp, AT));

/** The reason a batch is refused with, or null when it applies. */
export const refusal = (doc: WorkshopDoc, ...ops: SubOp[]): Reason | null => {
  try {
    run(doc, ...ops);
  } catch (e) {
    if (e instanceof Refusal) return e.reason;
    throw e;
  }
  return null;
};

const workshop = { id: W, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN' as const, industry: 'hotel' as const, createdAt: AT, updatedAt: AT };

export const room = (): WorkshopDoc =>
  run(
    emptyDoc(workshop),
    op('team.add', { teamId: TEAM_A, fields: { name: '一组' } }),
    op('team.add', { teamId: TEAM_B, fields: { name: '二组' } }),
    op('artifact.add', { artifactId: JOURNEY_A, deliverable: 'journey', fields: { title: '', teamId: TEAM_A } }),
    op('artifact.add', { artifactId: JOURNEY_B, deliverable: 'journey', fields: { title: '', teamId: TEAM_B } }),
    op('stage.add', { artifactId: JOURNEY_A, stageId: 'stage-a-00001', fields: { name: '入住' } }),
    op('stage.add', { artifactId: JOURNEY_B, stageId: 'stage-b-00001', fields: { name: '入住' } }),
    op('card.add', { stageId: 'stage-a-00001', cardId: CARD_A, fields: blankCard('一组的前台') }),
    op('card.add', { stageId: 'stage-b-00001', cardId: CARD_B, fields: blankCard('二组的秘密') }),
    op('participant.join', { participantId: ALICE, name: 'Alice', teamId: TEAM_A, language: 'en' }),
    op('participant.join', { participantId: AMY, name: 'Amy', teamId: TEAM_A, language: 'zh-CN' }),
    op('participant.join', { participantId: BOB, name: 'Bob', teamId: TEAM_B, language: 'zh-CN' }),
  );

export const trainer: Session = { sessionId: 'trainer-0001', role: 'trainer', workshopId: null, teamId: null, name: '' };
export const viewer: Session = { sessionId: 'viewer-0001', role: 'viewer', workshopId: W, teamId: null, name: '' };
/** A member's session as issued when they joined (the team may since have changed in their participant row). */
export const memberSession = (sessionId: string, teamId: string | null): Session =>
  ({ sessionId, role: 'member', workshopId: W, teamId, name: '' });

const activityFields = { prompt: '客人最在意什么？', stepId: null, anonymous: false, votesPerPerson: 2, sourceActivityId: null, dimensions: [] };
/** Starts an activity of `kind` with the usual fields, `fields` overriding them. */
export const start = (activityId: string, kind: string, fields: Record<string, unknown> = {}): SubOp =>
  op('activity.start', { activityId, fields: { ...activityFields, kind, ...fields } });

/** The room with something in every classroom collection: settings, a brainstorm, a dot vote, two answered polls. */
export const liveRoom = (): WorkshopDoc =>
  run(
    room(),
    op('classroom.update', { patch: { locked: true, sharedTeamIds: [TEAM_B], projectedTeamIds: [TEAM_A, TEAM_B] } }),
    start('brainstorm-01', 'brainstorm'),
    op('note.add', { activityId: 'brainstorm-01', noteId: 'note-0000001', text: '排队<b>太久</b>', authorId: BOB, authorName: 'Bob' }),
    start('dot-vote-0001', 'dotVote', { sourceActivityId: 'brainstorm-01', votesPerPerson: 3 }),
    op('vote.cast', { activityId: 'dot-vote-0001', voteId: 'vote-0000001', noteId: 'note-0000001', voterId: ALICE }),
    start('nps-poll-0001', 'npsPoll', { stepId: 'step-00000001' }),
    op('poll.answer', { activityId: 'nps-poll-0001', responseId: 'answer-00001', respondentId: ALICE, score: 0, ratings: [] }),
    start('rating-poll-1', 'ratingPoll', { dimensions: ['有形度', 'Empathy'] }),
    op('poll.answer', { activityId: 'rating-poll-1', responseId: 'answer-00002', respondentId: BOB, score: null, ratings: [{ dimension: 1, expectation: 7, perception: 1 }] }),
    op('activity.update', { activityId: 'nps-poll-0001', patch: { open: false, revealed: true } }),
  );
