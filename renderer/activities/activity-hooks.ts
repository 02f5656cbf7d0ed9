import { useMemo } from 'react';
import type { Activity, Note, Response, Vote } from '../../shared/deliverables/activities/schemas.ts';
import { activitiesInOrder, dotVoteTally, notesOf, ratingGaps, responsesOf, type DimensionGap, type TalliedNote } from '../../shared/deliverables/activities/view.ts';
import { npsOf, type NpsResult } from '../../shared/rules/nps.ts';
import { useClient, useDocSelector, useEntity } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/**
 * Reads of the workshop's live activities. Each selects the rows it depends on (answers arrive as doc rows, so a new
 * answer re-renders the one result it belongs to); the derived numbers are computed from those rows with view.ts.
 */

/** Every activity, newest first. */
export function useActivitiesNewestFirst(): Activity[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => activitiesInOrder(doc).reverse()) ?? [];
}

/** The activities started from one agenda step, newest first. */
export function useStepActivities(stepId: string | null): Activity[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => activitiesInOrder(doc).filter((a) => stepId !== null && a.stepId === stepId).reverse(), [stepId]) ?? [];
}

export function useActivity(activityId: string | null): Activity | null {
  return useEntity(useWorkshopId(), 'activities', activityId ?? '');
}

/** The activity every phone shows (the room's active one), or null. */
export function useActiveActivityId(): string | null {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => doc.classrooms[workshopId]?.activeActivityId ?? null);
}

export function useNotes(activityId: string): Note[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => notesOf(doc, activityId), [activityId]) ?? [];
}

function useResponses(activityId: string): Response[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => responsesOf(doc, activityId), [activityId]) ?? [];
}

/** How many answers a poll (or notes a brainstorm, or dots a vote) has: the progress line under every activity. */
export function useAnswerCount(activity: Activity): number {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(
      workshopId,
      (doc) => {
        if (activity.kind === 'brainstorm') return notesOf(doc, activity.id).length;
        if (activity.kind === 'dotVote') return Object.values(doc.votes).filter((v) => v.activityId === activity.id).length;
        return responsesOf(doc, activity.id).length;
      },
      [activity.id, activity.kind],
    ) ?? 0
  );
}

export function useNps(activityId: string): NpsResult {
  const responses = useResponses(activityId);
  return useMemo(() => npsOf(responses.flatMap((r) => (r.score === null ? [] : [r.score]))), [responses]);
}

export function useRatingGaps(poll: Activity): DimensionGap[] {
  const workshopId = useWorkshopId();
  const client = useClient();
  const responses = useResponses(poll.id);
  return useMemo(() => {
    const doc = client.docView(workshopId);
    return doc ? ratingGaps(doc, poll) : [];
    // The responses are what the gaps are computed from: a new answer recomputes them.
  }, [client, workshopId, poll, responses]);
}

/** A dot vote's notes with their dots, most first; re-computed when a dot or a note of it changes. */
export function useTally(vote: Activity): TalliedNote[] {
  const workshopId = useWorkshopId();
  const client = useClient();
  const votes: Vote[] = useDocSelector(workshopId, (doc) => Object.values(doc.votes).filter((v) => v.activityId === vote.id), [vote.id]) ?? [];
  const notes = useNotes(vote.sourceActivityId ?? '');
  return useMemo(() => {
    const doc = client.docView(workshopId);
    return doc ? dotVoteTally(doc, vote) : [];
  }, [client, workshopId, vote, votes, notes]);
}

/** The voters of a dot vote (not their choices): progress the projector may show before the reveal. */
export function useVoterCount(voteId: string): number {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => new Set(Object.values(doc.votes).filter((v) => v.activityId === voteId).map((v) => v.voterId)).size, [voteId]) ?? 0;
}

/** Brainstorms that have notes, newest first: what a dot vote can be run on. */
export function useBrainstormsWithNotes(): Activity[] {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(workshopId, (doc) => {
      const withNotes = new Set(Object.values(doc.notes).map((n) => n.activityId));
      return activitiesInOrder(doc).filter((a) => a.kind === 'brainstorm' && withNotes.has(a.id)).reverse();
    }) ?? []
  );
}
