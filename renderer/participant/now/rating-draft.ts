import type { Rating } from '../../../shared/deliverables/activities/schemas.ts';

/** What the person has tapped so far, per dimension index: either side may still be missing. */
export type RatingDraft = Record<number, Partial<Pick<Rating, 'expectation' | 'perception'>> | undefined>;

/** The dimensions rated on both sides, in order: only those can be sent (a half answer says nothing of the gap). */
export function completeRatings(draft: RatingDraft, dimensions: number): Rating[] {
  const out: Rating[] = [];
  for (let dimension = 0; dimension < dimensions; dimension++) {
    const d = draft[dimension];
    if (d?.expectation !== undefined && d.perception !== undefined) out.push({ dimension, expectation: d.expectation, perception: d.perception });
  }
  return out;
}
