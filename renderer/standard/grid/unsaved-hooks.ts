import type { Dimension } from '../../../shared/domain/dimensions.ts';
import { useDocSelector } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useUnsavedDrafts } from './drafts.ts';

/** How many unsaved drafts sit on the indicators of one dimension of a post (their weights may not be what is shown). */
export function useUnsavedDimension(postId: string, dimension: Dimension): number {
  const workshopId = useWorkshopId();
  const drafts = useUnsavedDrafts(workshopId);
  const ids = useDocSelector(
    workshopId,
    (doc) => Object.values(doc.indicators).filter((i) => i.postId === postId && i.dimension === dimension).map((i) => i.id),
    [postId, dimension],
  );
  return drafts.filter((d) => d.postId === postId && ids?.some((id) => d.key.startsWith(`${id}:`))).length;
}
