import type { Language } from '../shared/domain/workshop.ts';
import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import type { OpInput, SubOp } from '../shared/protocol/ops.ts';
import { DEMO_WORKSHOP } from './demo-workshop.ts';
import { describeSampleWorkshop } from './describe-sample.ts';

/**
 * The sample workshop as the two ops that make it: the workshop, then all of its 成果1 in one batch (one commit, one
 * broadcast). Used by the empty library's button and by `--demo`, so both make exactly the same thing.
 */
export function sampleWorkshopOps(language: Language, newId: () => string): { workshopId: string; ops: OpInput[] } {
  const sample = describeSampleWorkshop(DEMO_WORKSHOP, language, newId);
  const workshopId = newId();
  const content: SubOp[] = sample.posts.flatMap((post): SubOp[] => [
    { type: 'post.add', payload: { workshopId, artifactId: workshopId, postId: post.id, fields: post.fields } },
    ...DIMENSIONS.map(
      (dimension): SubOp => ({
        type: 'dimension.setWeight',
        payload: { workshopId, postId: post.id, dimension, weight: post.dimensionWeights[dimension] },
      }),
    ),
    ...post.indicators.map(
      (i): SubOp => ({
        type: 'indicator.add',
        payload: { workshopId, postId: post.id, indicatorId: i.id, dimension: i.dimension, fields: i.fields },
      }),
    ),
  ]);
  return {
    workshopId,
    ops: [
      { type: 'workshop.create', payload: { workshopId, fields: sample.workshop } },
      { type: 'batch', payload: { workshopId, ops: content } },
    ],
  };
}
