import { sortByOrder } from '../../shared/core/order.ts';
import type { Dimension } from '../../shared/domain/dimensions.ts';
import type { WorkshopState } from '../../shared/domain/state.ts';
import type { Indicator, Post } from '../../shared/domain/standard.ts';
import type { Workshop } from '../../shared/domain/workshop.ts';
import { standardState } from '../../shared/deliverables/standard/view.ts';
import type { Peer } from '../../shared/protocol/messages.ts';
import { standardIssues, weightIssues } from '../../shared/rules/weights.ts';
import { useDocSelector, useEntity, usePresence } from '../sync/hooks.ts';
import { useWorkshopId } from './WorkshopContext.tsx';

/**
 * Reads of the open workshop, each re-rendering its component only when its own slice changes: an edit of one
 * indicator re-renders that row and the sums that include it, not the whole standard.
 */
export function useWorkshopMeta(): Workshop {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => doc.workshop)!;
}

/** The workshop-wide 成果1's posts, in order. */
export function usePosts(): Post[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.posts).filter((p) => p.artifactId === workshopId))) ?? [];
}

export function usePost(postId: string): Post | null {
  return useEntity(useWorkshopId(), 'posts', postId);
}

/** A post's indicators (of one dimension, or all), in order. */
export function useIndicatorsOf(postId: string, dimension?: Dimension): Indicator[] {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(
      workshopId,
      (doc) => sortByOrder(Object.values(doc.indicators).filter((i) => i.postId === postId && (!dimension || i.dimension === dimension))),
      [postId, dimension],
    ) ?? []
  );
}

/** How many indicators a post has (a number: re-renders only when the count changes). */
export function useIndicatorCount(postId: string): number {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => Object.values(doc.indicators).filter((i) => i.postId === postId).length, [postId]) ?? 0;
}

/** One dimension's weight in a post, so a section re-renders for its own weight and not for the other four. */
export function useDimensionWeight(postId: string, dimension: Dimension): number | null {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => doc.posts[postId]?.dimensionWeights[dimension] ?? null, [postId, dimension]);
}

/** Whether the standard can be exported and whether it still has weight issues (two booleans, not the standard). */
export function useExportReadiness(): { hasPosts: boolean; hasIssues: boolean } {
  const workshopId = useWorkshopId();
  const hasPosts = useDocSelector(workshopId, (doc) => standardState(doc).posts.length > 0) ?? false;
  const hasIssues =
    useDocSelector(workshopId, (doc) => {
      const { posts, indicators } = standardState(doc);
      return standardIssues(posts, indicators).length > 0;
    }) ?? false;
  return { hasPosts, hasIssues };
}

/** For each post of the standard, in order: are its weights complete and balanced? */
export function usePostsBalanced(): boolean[] {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(workshopId, (doc) => {
      const { posts, indicators } = standardState(doc);
      return posts.map((post) => weightIssues(post, indicators).length === 0);
    }) ?? []
  );
}

/** The whole standard as ordered lists, for views that draw all of it (mind map, radar, export check). */
export function useStandardState(): WorkshopState {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => standardState(doc))!;
}

/** The others in the open workshop (presence only: never re-renders the document's rows). */
export function usePeers(): Peer[] {
  return usePresence(useWorkshopId());
}
