import { DIMENSIONS } from '../../domain/dimensions.ts';
import type { WorkshopState } from '../../domain/state.ts';
import type { Indicator } from '../../domain/standard.ts';
import type { WorkshopDoc } from '../../core/doc.ts';
import { byOrder, sortByOrder } from '../../core/order.ts';

const dimensionIndex = new Map<string, number>(DIMENSIONS.map((d, i) => [d, i]));

/**
 * One 成果1 instance as ordered lists (posts in order; indicators by post, course dimension order, then their own
 * order): what the Word export, the charts and the standard's screens read. Defaults to the workshop-wide standard.
 */
export function standardState(doc: WorkshopDoc, artifactId: string = doc.workshop.id): WorkshopState {
  const posts = sortByOrder(Object.values(doc.posts).filter((p) => p.artifactId === artifactId));
  const rank = new Map(posts.map((p, i) => [p.id, i]));
  const indicators = Object.values(doc.indicators)
    .filter((i) => rank.has(i.postId))
    .sort(
      (a: Indicator, b: Indicator) =>
        rank.get(a.postId)! - rank.get(b.postId)! ||
        dimensionIndex.get(a.dimension)! - dimensionIndex.get(b.dimension)! ||
        byOrder(a, b),
    );
  return { workshop: doc.workshop, posts, indicators };
}
