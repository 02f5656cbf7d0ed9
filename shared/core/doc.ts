import { z } from 'zod';
import { COLLECTION_SCHEMAS } from '../deliverables/collections.ts';
import { Workshop } from '../domain/workshop.ts';

type Schemas = typeof COLLECTION_SCHEMAS;
export type CollectionName = keyof Schemas;
export type EntityOf<C extends CollectionName> = z.infer<Schemas[C]>;
export type Collections = { [C in CollectionName]: Readonly<Record<string, EntityOf<C>>> };

export const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

/**
 * Everything one workshop holds, normalized by id: what a client subscribes to, what the host keeps in memory and
 * what the op reducers read and write. Entities that did not change keep their identity, so a screen re-renders only
 * the rows that changed.
 */
export type WorkshopDoc = { readonly workshop: Workshop } & Collections;

/**
 * What one committed op did, as stored: full rows written and ids deleted, per collection. The host persists exactly
 * this and sends exactly this, so what a client confirms is what the database holds.
 */
export interface Effect {
  workshop?: Workshop;
  put: { [C in CollectionName]?: EntityOf<C>[] };
  del: { [C in CollectionName]?: string[] };
}

const collectionShapes = Object.fromEntries(
  COLLECTIONS.map((c) => [c, z.array(COLLECTION_SCHEMAS[c] as z.ZodType)]),
) as unknown as { [C in CollectionName]: z.ZodType };

export const EffectSchema = z.object({
  workshop: Workshop.optional(),
  put: z.object(collectionShapes).partial(),
  del: z.object(Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(z.string())]))).partial(),
}) as unknown as z.ZodType<Effect>;

export const WorkshopDocSchema = z.object({
  workshop: Workshop,
  ...Object.fromEntries(COLLECTIONS.map((c) => [c, z.record(z.string(), COLLECTION_SCHEMAS[c] as z.ZodType)])),
}) as unknown as z.ZodType<WorkshopDoc>;

export const emptyEffect = (): Effect => ({ put: {}, del: {} });

export const isEmptyEffect = (e: Effect): boolean =>
  !e.workshop && Object.values(e.put).every((l) => !l?.length) && Object.values(e.del).every((l) => !l?.length);

export function emptyDoc(workshop: Workshop): WorkshopDoc {
  return { workshop, ...(Object.fromEntries(COLLECTIONS.map((c) => [c, {}])) as Collections) };
}

/** The doc after an effect; untouched collections and entities keep their identity. */
export function applyEffect(doc: WorkshopDoc, effect: Effect): WorkshopDoc {
  let next: WorkshopDoc = effect.workshop ? { ...doc, workshop: effect.workshop } : doc;
  for (const c of COLLECTIONS) {
    const puts = effect.put[c] as { id: string }[] | undefined;
    const dels = effect.del[c];
    if (!puts?.length && !dels?.length) continue;
    const records: Record<string, unknown> = { ...next[c] };
    for (const id of dels ?? []) delete records[id];
    for (const entity of puts ?? []) records[entity.id] = entity;
    next = { ...next, [c]: records };
  }
  return next;
}
