import type { WorkshopDoc } from '../../core/doc.ts';
import { npsOf, type NpsResult } from '../../rules/nps.ts';
import type { Activity, Note } from './schemas.ts';

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const activitiesInOrder = (doc: WorkshopDoc): Activity[] =>
  Object.values(doc.activities).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));

export const notesOf = (doc: WorkshopDoc, activityId: string): Note[] =>
  Object.values(doc.notes).filter((n) => n.activityId === activityId).sort(byCreation);

export interface TalliedNote {
  note: Note;
  votes: number;
}

/** A dot vote's notes with the dots each got (those this reader may see), most first. */
export function dotVoteTally(doc: WorkshopDoc, vote: Activity): TalliedNote[] {
  const counts = new Map<string, number>();
  for (const v of Object.values(doc.votes)) if (v.activityId === vote.id) counts.set(v.noteId, (counts.get(v.noteId) ?? 0) + 1);
  const notes = vote.sourceActivityId ? notesOf(doc, vote.sourceActivityId) : [];
  return notes.map((note) => ({ note, votes: counts.get(note.id) ?? 0 })).sort((a, b) => b.votes - a.votes);
}

/** Dots this person has placed on a vote. */
export const myVotes = (doc: WorkshopDoc, activityId: string, voterId: string) =>
  Object.values(doc.votes).filter((v) => v.activityId === activityId && v.voterId === voterId);

export const responsesOf = (doc: WorkshopDoc, activityId: string) => Object.values(doc.responses).filter((r) => r.activityId === activityId);

export const myResponse = (doc: WorkshopDoc, activityId: string, respondentId: string) =>
  responsesOf(doc, activityId).find((r) => r.respondentId === respondentId);

/** The live NPS of a poll from the answers this reader may see. */
export const pollNps = (doc: WorkshopDoc, activityId: string): NpsResult =>
  npsOf(responsesOf(doc, activityId).flatMap((r) => (r.score === null ? [] : [r.score])));

export interface DimensionGap {
  dimension: string;
  expectation: number | null;
  perception: number | null;
  /** Perception − expectation (SERVQUAL's gap): negative where the service falls short. */
  gap: number | null;
  answers: number;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Mean expectation, perception and their gap per dimension of a rating poll. */
export function ratingGaps(doc: WorkshopDoc, poll: Activity): DimensionGap[] {
  const responses = responsesOf(doc, poll.id);
  return poll.dimensions.map((dimension, index) => {
    const ratings = responses.flatMap((r) => r.ratings.filter((x) => x.dimension === index));
    const expectation = mean(ratings.map((r) => r.expectation));
    const perception = mean(ratings.map((r) => r.perception));
    return { dimension, expectation, perception, gap: expectation === null || perception === null ? null : perception - expectation, answers: ratings.length };
  });
}
