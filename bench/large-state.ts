import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import type { WorkshopState } from '../shared/domain/state.ts';
import { LIMITS } from '../shared/domain/limits.ts';
import { balanceEvenly } from '../shared/rules/weights.ts';
import { testState } from '../shared/charts/test-state.ts';

/**
 * The largest standard the app accepts (30 posts × 5 dimensions × 20 indicators), built from the realistic test
 * state by repeating its posts and indicators under new ids and numbered names.
 */
export function largestState(): WorkshopState {
  const base = testState({ posts: 3, perDimension: 6 });
  const posts = Array.from({ length: LIMITS.postsPerWorkshop }, (_, i) => {
    const p = base.posts[i % base.posts.length];
    return { ...p, id: `post-big-${i}`, position: i, name: `${p.name} ${i + 1}` };
  });
  const per = LIMITS.indicatorsPerDimension;
  const weights = balanceEvenly(per);
  const indicators = posts.flatMap((post, pi) =>
    DIMENSIONS.flatMap((dimension) => {
      const samples = base.indicators.filter((ind) => ind.dimension === dimension);
      return weights.map((weight, k) => {
        const s = samples[(k + pi) % samples.length];
        return { ...s, id: `ind-big-${pi}-${dimension}-${k}`, postId: post.id, position: k, weight, name: `${s.name} ${k + 1}` };
      });
    }),
  );
  return { ...base, posts, indicators };
}
