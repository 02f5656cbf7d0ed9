import { z } from 'zod';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { Id } from '../../domain/ids.ts';
import { classroomOf } from '../classroom/ops.ts';
import { freeId } from '../workshop/ops.ts';
import { ActivityFields, NoteText, Rating } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

export const MAX_ACTIVITIES = 100;
export const MAX_NOTES_PER_ACTIVITY = 500;

const needActivity = (tx: Tx, id: string) =>
  tx.get('activities', id) ?? refuse({ code: 'unknownEntity', detail: `activity ${id} does not exist` });
const needOpen = (tx: Tx, id: string) => {
  const activity = needActivity(tx, id);
  if (!activity.open) refuse({ code: 'forbidden', rule: 'activityClosed', detail: 'the activity is closed' });
  return activity;
};

/** Removes an activity with its notes, votes and answers (and the votes cast on its notes elsewhere). */
const removeActivity = (tx: Tx, activityId: string): void => {
  const notes = new Set(tx.where('notes', (n) => n.activityId === activityId).map((n) => n.id));
  for (const id of notes) tx.del('notes', id);
  for (const v of tx.where('votes', (v) => v.activityId === activityId || notes.has(v.noteId))) tx.del('votes', v.id);
  for (const r of tx.where('responses', (r) => r.activityId === activityId)) tx.del('responses', r.id);
  tx.del('activities', activityId);
};

/** Live activities: the trainer starts, closes and reveals them; each person answers for themselves only. */
export const activityOps = {
  'activity.start': defineOp({
    payload: inWorkshop({ activityId: Id, fields: ActivityFields }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { activityId, fields }) {
      freeId(tx, 'activities', activityId);
      const all = tx.all('activities');
      if (all.length >= MAX_ACTIVITIES) refuse({ code: 'limitReached', limit: MAX_ACTIVITIES });
      if (fields.kind === 'dotVote') {
        const source = fields.sourceActivityId ? tx.get('activities', fields.sourceActivityId) : undefined;
        if (!source || source.kind !== 'brainstorm') refuse({ code: 'invalid', path: 'payload.fields.sourceActivityId', rule: 'needsBrainstorm' });
      }
      if (fields.kind === 'ratingPoll' && fields.dimensions.length === 0) refuse({ code: 'invalid', path: 'payload.fields.dimensions', rule: 'required' });
      tx.put('activities', { id: activityId, ...fields, open: true, revealed: false, createdAt: tx.at, order: keyAfterLast(all) });
      tx.put('classrooms', { ...classroomOf(tx), activeActivityId: activityId });
    },
  }),
  'activity.update': defineOp({
    payload: inWorkshop({ activityId: Id, patch: z.object({ open: z.boolean(), revealed: z.boolean(), prompt: ActivityFields.shape.prompt }).partial() }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { activityId, patch }) {
      tx.put('activities', { ...needActivity(tx, activityId), ...patch });
    },
  }),
  'activity.remove': defineOp({
    payload: inWorkshop({ activityId: Id }),
    who: 'trainer',
    ownerTeam: () => null,
    apply(tx, { activityId }) {
      needActivity(tx, activityId);
      removeActivity(tx, activityId);
      const classroom = classroomOf(tx);
      if (classroom.activeActivityId === activityId) tx.put('classrooms', { ...classroom, activeActivityId: null });
    },
  }),
  'note.add': defineOp({
    payload: inWorkshop({ activityId: Id, noteId: Id, text: NoteText, authorId: Id.nullable(), authorName: z.string().max(40) }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ authorId }) => authorId,
    duringLock: true,
    // An activity that is gone refuses the note anyway; keeping no writer then is the safe side.
    kept: (payload, doc) => (doc.activities[payload.activityId]?.anonymous === false ? payload : { ...payload, authorId: null, authorName: '' }),
    apply(tx, { activityId, noteId, text, authorId, authorName }) {
      const activity = needOpen(tx, activityId);
      if (activity.kind !== 'brainstorm') refuse({ code: 'invalid', path: 'payload.activityId', rule: 'notABrainstorm' });
      freeId(tx, 'notes', noteId);
      if (tx.where('notes', (n) => n.activityId === activityId).length >= MAX_NOTES_PER_ACTIVITY) {
        refuse({ code: 'limitReached', limit: MAX_NOTES_PER_ACTIVITY });
      }
      // In an anonymous brainstorm nothing about the writer is stored, whatever the client sent.
      const author = activity.anonymous ? null : authorId;
      const teamId = author ? (tx.get('participants', author)?.teamId ?? null) : null;
      tx.put('notes', { id: noteId, activityId, text, authorId: author, authorName: author ? authorName : '', teamId, createdAt: tx.at });
    },
  }),
  /** The trainer tidies the wall; a named note's author may take theirs back. */
  'note.remove': defineOp({
    payload: inWorkshop({ noteId: Id }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ noteId }, doc) => (doc.notes[noteId] ? (doc.notes[noteId].authorId ?? '') : undefined),
    duringLock: true,
    apply(tx, { noteId }) {
      const note = tx.get('notes', noteId) ?? refuse({ code: 'unknownEntity', detail: `note ${noteId} does not exist` });
      for (const v of tx.where('votes', (v) => v.noteId === noteId)) tx.del('votes', v.id);
      tx.del('notes', note.id);
    },
  }),
  'vote.cast': defineOp({
    payload: inWorkshop({ activityId: Id, voteId: Id, noteId: Id, voterId: Id }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ voterId }) => voterId,
    duringLock: true,
    apply(tx, { activityId, voteId, noteId, voterId }) {
      const activity = needOpen(tx, activityId);
      if (activity.kind !== 'dotVote') refuse({ code: 'invalid', path: 'payload.activityId', rule: 'notADotVote' });
      const note = tx.get('notes', noteId);
      if (!note || note.activityId !== activity.sourceActivityId) refuse({ code: 'unknownEntity', detail: `note ${noteId} is not on this vote` });
      freeId(tx, 'votes', voteId);
      const mine = tx.where('votes', (v) => v.activityId === activityId && v.voterId === voterId);
      if (mine.length >= activity.votesPerPerson) refuse({ code: 'limitReached', rule: 'noDotsLeft', limit: activity.votesPerPerson });
      tx.put('votes', { id: voteId, activityId, noteId, voterId });
    },
  }),
  'vote.retract': defineOp({
    payload: inWorkshop({ voteId: Id }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ voteId }, doc) => doc.votes[voteId]?.voterId,
    duringLock: true,
    apply(tx, { voteId }) {
      const vote = tx.get('votes', voteId) ?? refuse({ code: 'unknownEntity', detail: `vote ${voteId} does not exist` });
      needOpen(tx, vote.activityId);
      tx.del('votes', voteId);
    },
  }),
  /** An NPS score or a set of ratings; a second answer from the same person replaces the first. */
  'poll.answer': defineOp({
    payload: inWorkshop({
      activityId: Id,
      responseId: Id,
      respondentId: Id,
      score: z.number().int().min(0).max(10).nullable(),
      ratings: z.array(Rating).max(8),
    }),
    who: 'editor',
    ownerTeam: () => null,
    self: ({ respondentId }) => respondentId,
    duringLock: true,
    apply(tx, { activityId, responseId, respondentId, score, ratings }) {
      const activity = needOpen(tx, activityId);
      if (activity.kind === 'npsPoll' && score === null) refuse({ code: 'invalid', path: 'payload.score', rule: 'required' });
      if (activity.kind === 'ratingPoll') {
        if (ratings.some((r) => r.dimension >= activity.dimensions.length)) refuse({ code: 'invalid', path: 'payload.ratings', rule: 'unknownDimension' });
        if (ratings.length === 0) refuse({ code: 'invalid', path: 'payload.ratings', rule: 'required' });
      }
      if (activity.kind !== 'npsPoll' && activity.kind !== 'ratingPoll') refuse({ code: 'invalid', path: 'payload.activityId', rule: 'notAPoll' });
      for (const r of tx.where('responses', (r) => r.activityId === activityId && r.respondentId === respondentId)) tx.del('responses', r.id);
      freeId(tx, 'responses', responseId);
      tx.put('responses', { id: responseId, activityId, respondentId, score: activity.kind === 'npsPoll' ? score : null, ratings: activity.kind === 'ratingPoll' ? ratings : [], at: tx.at });
    },
  }),
};
