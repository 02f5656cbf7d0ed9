import { z } from 'zod';
import { OrderKey } from '../../core/order.ts';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';

/**
 * What the trainer can run live with the room: notes on a prompt, dot voting on those notes, an NPS question (0–10),
 * and a rating poll (expectation and perception, 1–7, per dimension — SERVQUAL's five by default).
 */
export const ActivityKind = z.enum(['brainstorm', 'dotVote', 'npsPoll', 'ratingPoll']);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const RATING_MIN = 1;
export const RATING_MAX = 7;
export const MAX_VOTES_PER_PERSON = 10;
export const NOTE_MAX = 280;

export const ActivityFields = z.object({
  kind: ActivityKind,
  prompt: z.string().trim().min(1, 'required').max(LIMITS.shortText * 2, 'tooLong'),
  /** The agenda step it was started from (so the step shows its results), or null. */
  stepId: Id.nullable(),
  /** Brainstorm: notes carry no author, not even for the trainer. */
  anonymous: z.boolean(),
  /** Dot voting: how many dots each person has. */
  votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  /** Dot voting: the brainstorm whose notes are voted on. */
  sourceActivityId: Id.nullable(),
  /** Rating poll: what is rated (SERVQUAL's five dimensions by default, in the trainer's words). */
  dimensions: z.array(z.string().trim().min(1).max(LIMITS.choiceText)).max(8),
});
export const Activity = ActivityFields.extend({
  id: Id,
  /** Open: answers are taken. Closed: results stay, no more answers. */
  open: z.boolean(),
  /** Dot votes and poll answers are private to each person until the trainer reveals the results. */
  revealed: z.boolean(),
  createdAt: z.iso.datetime(),
  order: OrderKey,
});
export type Activity = z.infer<typeof Activity>;

export const NoteText = z.string().trim().min(1, 'required').max(NOTE_MAX, 'tooLong');

export const Note = z.object({
  id: Id,
  activityId: Id,
  text: NoteText,
  /** The participant (or trainer session) who wrote it; null in an anonymous brainstorm. */
  authorId: Id.nullable(),
  authorName: z.string().max(40),
  teamId: Id.nullable(),
  createdAt: z.iso.datetime(),
});
export type Note = z.infer<typeof Note>;

export const Vote = z.object({ id: Id, activityId: Id, noteId: Id, voterId: Id });
export type Vote = z.infer<typeof Vote>;

export const Rating = z.object({
  dimension: z.number().int().min(0).max(7),
  expectation: z.number().int().min(RATING_MIN).max(RATING_MAX),
  perception: z.number().int().min(RATING_MIN).max(RATING_MAX),
});
export type Rating = z.infer<typeof Rating>;

/** One person's answer to a poll; answering again replaces it. */
export const Response = z.object({
  id: Id,
  activityId: Id,
  respondentId: Id,
  score: z.number().int().min(0).max(10).nullable(),
  ratings: z.array(Rating).max(8),
  at: z.iso.datetime(),
});
export type Response = z.infer<typeof Response>;

export const activityCollections = { activities: Activity, notes: Note, votes: Vote, responses: Response };
