import { DIMENSIONS } from '../domain/dimensions.ts';
import type { LibraryState, WorkshopState } from '../domain/state.ts';
import type { DimensionWeights, Indicator, Post } from '../domain/standard.ts';
import type { Op } from '../protocol/ops.ts';
import { balanceEvenly, indicatorsOf } from './weights.ts';

/** A new post starts with the five dimensions weighted evenly, so it is balanced before anything is typed. */
export const defaultDimensionWeights = (): DimensionWeights => {
  const even = balanceEvenly(DIMENSIONS.length);
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, even[i]])) as DimensionWeights;
};

const nextPosition = (items: readonly { position: number }[]): number =>
  items.reduce((max, i) => Math.max(max, i.position), -1) + 1;

/**
 * The client-side meaning of each op, used for optimistic edits and for changes from the host.
 * The host's SQL handlers implement the same meaning; the host tests check that both agree.
 * Ops that don't concern this workshop, or whose target is gone, leave the state unchanged.
 */
export function applyToWorkshop(state: WorkshopState, op: Op, at: string): WorkshopState {
  const p = op.payload;
  if (p.workshopId !== state.workshop.id) return state;
  const touch = { ...state.workshop, updatedAt: at };
  const mapPost = (id: string, f: (post: Post) => Post): Post[] => state.posts.map((x) => (x.id === id ? f(x) : x));
  const mapIndicators = (f: (i: Indicator) => Indicator): Indicator[] => state.indicators.map(f);
  switch (op.type) {
    case 'workshop.create':
    case 'workshop.duplicate':
    case 'workshop.delete':
      return state;
    case 'workshop.update':
      return { ...state, workshop: { ...touch, ...op.payload.patch } };
    case 'post.add': {
      if (state.posts.some((x) => x.id === op.payload.postId)) return state;
      const post: Post = {
        id: op.payload.postId,
        ...op.payload.fields,
        position: nextPosition(state.posts),
        dimensionWeights: defaultDimensionWeights(),
      };
      return { ...state, workshop: touch, posts: [...state.posts, post] };
    }
    case 'post.update':
      return { ...state, workshop: touch, posts: mapPost(op.payload.postId, (x) => ({ ...x, ...op.payload.patch })) };
    case 'post.remove':
      return {
        ...state,
        workshop: touch,
        posts: state.posts.filter((x) => x.id !== op.payload.postId),
        indicators: state.indicators.filter((i) => i.postId !== op.payload.postId),
      };
    case 'dimension.setWeight': {
      const { postId, dimension, weight } = op.payload;
      return {
        ...state,
        workshop: touch,
        posts: mapPost(postId, (x) => ({ ...x, dimensionWeights: { ...x.dimensionWeights, [dimension]: weight } })),
      };
    }
    case 'weights.balance': {
      const { postId, dimension } = op.payload;
      if (dimension === undefined) {
        return { ...state, workshop: touch, posts: mapPost(postId, (x) => ({ ...x, dimensionWeights: defaultDimensionWeights() })) };
      }
      const ordered = indicatorsOf(state.indicators, postId, dimension);
      const even = balanceEvenly(ordered.length);
      const weightOf = new Map(ordered.map((i, n) => [i.id, even[n]]));
      return {
        ...state,
        workshop: touch,
        indicators: mapIndicators((i) => (weightOf.has(i.id) ? { ...i, weight: weightOf.get(i.id)! } : i)),
      };
    }
    case 'indicator.add': {
      const { postId, indicatorId, dimension, fields } = op.payload;
      if (!state.posts.some((x) => x.id === postId) || state.indicators.some((i) => i.id === indicatorId)) return state;
      const indicator: Indicator = {
        id: indicatorId,
        postId,
        dimension,
        ...fields,
        position: nextPosition(indicatorsOf(state.indicators, postId, dimension)),
      };
      return { ...state, workshop: touch, indicators: [...state.indicators, indicator] };
    }
    case 'indicator.update':
      return {
        ...state,
        workshop: touch,
        indicators: mapIndicators((i) => (i.id === op.payload.indicatorId ? { ...i, ...op.payload.patch } : i)),
      };
    case 'indicator.remove':
      return { ...state, workshop: touch, indicators: state.indicators.filter((i) => i.id !== op.payload.indicatorId) };
  }
}

/** The workshop list's view of an op: only the workshop.* ops change it. */
export function applyToLibrary(state: LibraryState, op: Op, at: string): LibraryState {
  const list = state.workshops;
  switch (op.type) {
    case 'workshop.create':
      if (list.some((w) => w.id === op.payload.workshopId)) return state;
      return { workshops: [...list, { id: op.payload.workshopId, ...op.payload.fields, createdAt: at, updatedAt: at }] };
    case 'workshop.update':
      return {
        workshops: list.map((w) => (w.id === op.payload.workshopId ? { ...w, ...op.payload.patch, updatedAt: at } : w)),
      };
    case 'workshop.duplicate': {
      const source = list.find((w) => w.id === op.payload.workshopId);
      if (!source || list.some((w) => w.id === op.payload.newWorkshopId)) return state;
      const copy = { ...source, id: op.payload.newWorkshopId, name: op.payload.name, createdAt: at, updatedAt: at };
      return { workshops: [...list, copy] };
    }
    case 'workshop.delete':
      return { workshops: list.filter((w) => w.id !== op.payload.workshopId) };
    default:
      return {
        workshops: list.map((w) => (w.id === op.payload.workshopId ? { ...w, updatedAt: at } : w)),
      };
  }
}
