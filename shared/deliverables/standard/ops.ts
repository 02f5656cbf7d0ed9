import { z } from 'zod';
import { DIMENSIONS } from '../../domain/dimensions.ts';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import { DimensionKey, IndicatorFields, PostFields, Weight, type DimensionWeights } from '../../domain/standard.ts';
import type { WorkshopDoc } from '../../core/doc.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey, sortByOrder } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { balanceEvenly } from '../../rules/weights.ts';
import { freeId } from '../workshop/ops.ts';
import { removePost } from './content.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

/** A new post starts with the five dimensions weighted evenly, so it is balanced before anything is typed. */
export const defaultDimensionWeights = (): DimensionWeights => {
  const even = balanceEvenly(DIMENSIONS.length);
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, even[i]])) as DimensionWeights;
};

const needPost = (tx: Tx, postId: string) =>
  tx.get('posts', postId) ?? refuse({ code: 'unknownEntity', detail: `post ${postId} does not exist` });

const needIndicator = (tx: Tx, indicatorId: string) =>
  tx.get('indicators', indicatorId) ?? refuse({ code: 'unknownEntity', detail: `indicator ${indicatorId} does not exist` });

const siblings = (tx: Tx, postId: string, dimension: string) =>
  tx.where('indicators', (i) => i.postId === postId && i.dimension === dimension);

const roomInDimension = (tx: Tx, postId: string, dimension: string): void => {
  if (siblings(tx, postId, dimension).length >= LIMITS.indicatorsPerDimension)
    refuse({ code: 'limitReached', limit: LIMITS.indicatorsPerDimension });
};

/** Who owns a post's standard: its artifact's team (null: the whole workshop). */
const teamOfPost = (doc: WorkshopDoc, postId: string): string | null | undefined => {
  const post = doc.posts[postId];
  return post ? doc.artifacts[post.artifactId]?.teamId : undefined;
};
const teamOfIndicator = (doc: WorkshopDoc, indicatorId: string): string | null | undefined => {
  const indicator = doc.indicators[indicatorId];
  return indicator ? teamOfPost(doc, indicator.postId) : undefined;
};

/** 成果1 (post evaluation standard): posts, their dimension weights and their indicators. */
export const standardOps = {
  'post.add': defineOp({
    payload: inWorkshop({ artifactId: Id, postId: Id, fields: PostFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => doc.artifacts[artifactId]?.teamId,
    apply(tx, { artifactId, postId, fields, order }) {
      const artifact = tx.get('artifacts', artifactId);
      if (!artifact || artifact.deliverable !== 'standard') refuse({ code: 'unknownEntity', detail: `standard ${artifactId} does not exist` });
      freeId(tx, 'posts', postId);
      const posts = tx.all('posts');
      if (posts.length >= LIMITS.postsPerWorkshop) refuse({ code: 'limitReached', limit: LIMITS.postsPerWorkshop });
      const place = order ?? keyAfterLast(posts.filter((p) => p.artifactId === artifactId));
      tx.put('posts', { id: postId, artifactId, ...fields, order: place, dimensionWeights: defaultDimensionWeights() });
    },
  }),
  'post.update': defineOp({
    payload: inWorkshop({ postId: Id, patch: PostFields.partial() }),
    who: 'editor',
    ownerTeam: ({ postId }, doc) => teamOfPost(doc, postId),
    apply(tx, { postId, patch }) {
      tx.put('posts', { ...needPost(tx, postId), ...patch });
    },
    touched: ({ postId, patch }) => patchFields(postId, patch),
  }),
  'post.move': defineOp({
    payload: inWorkshop({ postId: Id, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ postId }, doc) => teamOfPost(doc, postId),
    apply(tx, { postId, order }) {
      tx.put('posts', { ...needPost(tx, postId), order });
    },
  }),
  'post.remove': defineOp({
    payload: inWorkshop({ postId: Id }),
    who: 'editor',
    ownerTeam: ({ postId }, doc) => teamOfPost(doc, postId),
    apply(tx, { postId }) {
      needPost(tx, postId);
      removePost(tx, postId);
    },
  }),
  'dimension.setWeight': defineOp({
    payload: inWorkshop({ postId: Id, dimension: DimensionKey, weight: Weight }),
    who: 'editor',
    ownerTeam: ({ postId }, doc) => teamOfPost(doc, postId),
    apply(tx, { postId, dimension, weight }) {
      const post = needPost(tx, postId);
      tx.put('posts', { ...post, dimensionWeights: { ...post.dimensionWeights, [dimension]: weight } });
    },
    touched: ({ postId, dimension }) => [{ entityId: postId, field: `weight.${dimension}` }],
  }),
  /** Evenly spread 100 over the five dimensions, or over the indicators of one dimension (in their order). */
  'weights.balance': defineOp({
    payload: inWorkshop({ postId: Id, dimension: DimensionKey.optional() }),
    who: 'editor',
    ownerTeam: ({ postId }, doc) => teamOfPost(doc, postId),
    apply(tx, { postId, dimension }) {
      const post = needPost(tx, postId);
      if (dimension === undefined) {
        tx.put('posts', { ...post, dimensionWeights: defaultDimensionWeights() });
        return;
      }
      const ordered = sortByOrder(siblings(tx, postId, dimension));
      const even = balanceEvenly(ordered.length);
      ordered.forEach((indicator, n) => {
        if (indicator.weight !== even[n]) tx.put('indicators', { ...indicator, weight: even[n] });
      });
    },
    touched: ({ postId, dimension }) => (dimension ? [] : DIMENSIONS.map((d) => ({ entityId: postId, field: `weight.${d}` }))),
  }),
  'indicator.add': defineOp({
    payload: inWorkshop({ postId: Id, indicatorId: Id, dimension: DimensionKey, fields: IndicatorFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ postId }, doc) => teamOfPost(doc, postId),
    apply(tx, { postId, indicatorId, dimension, fields, order }) {
      needPost(tx, postId);
      freeId(tx, 'indicators', indicatorId);
      roomInDimension(tx, postId, dimension);
      tx.put('indicators', {
        id: indicatorId,
        postId,
        dimension,
        ...fields,
        order: order ?? keyAfterLast(siblings(tx, postId, dimension)),
      });
    },
  }),
  'indicator.update': defineOp({
    payload: inWorkshop({ indicatorId: Id, patch: IndicatorFields.partial() }),
    who: 'editor',
    ownerTeam: ({ indicatorId }, doc) => teamOfIndicator(doc, indicatorId),
    apply(tx, { indicatorId, patch }) {
      tx.put('indicators', { ...needIndicator(tx, indicatorId), ...patch });
    },
    touched: ({ indicatorId, patch }) => patchFields(indicatorId, patch),
  }),
  /** To another place in its dimension, or into another dimension of the same post. */
  'indicator.move': defineOp({
    payload: inWorkshop({ indicatorId: Id, dimension: DimensionKey, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ indicatorId }, doc) => teamOfIndicator(doc, indicatorId),
    apply(tx, { indicatorId, dimension, order }) {
      const indicator = needIndicator(tx, indicatorId);
      if (indicator.dimension !== dimension) roomInDimension(tx, indicator.postId, dimension);
      tx.put('indicators', { ...indicator, dimension, order });
    },
  }),
  'indicator.remove': defineOp({
    payload: inWorkshop({ indicatorId: Id }),
    who: 'editor',
    ownerTeam: ({ indicatorId }, doc) => teamOfIndicator(doc, indicatorId),
    apply(tx, { indicatorId }) {
      needIndicator(tx, indicatorId);
      tx.del('indicators', indicatorId);
    },
  }),
};
