import { z } from 'zod';
import { Id } from '../domain/ids.ts';
import { WorkshopFields } from '../domain/workshop.ts';
import { DimensionKey, IndicatorFields, PostFields, Weight } from '../domain/standard.ts';

/**
 * Every edit is one op. The host validates it with these schemas, authorizes it, applies it in one
 * transaction and logs it with a seq; clients apply the same op to their copy with `applyOp`.
 */
const op = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.object({ opId: Id, type: z.literal(type), payload });

const InWorkshop = { workshopId: Id };

export const OpSchemas = {
  'workshop.create': op('workshop.create', z.object({ ...InWorkshop, fields: WorkshopFields }).strict()),
  'workshop.update': op('workshop.update', z.object({ ...InWorkshop, patch: WorkshopFields.partial() }).strict()),
  'workshop.duplicate': op(
    'workshop.duplicate',
    z.object({ ...InWorkshop, newWorkshopId: Id, name: WorkshopFields.shape.name }).strict(),
  ),
  'workshop.delete': op('workshop.delete', z.object(InWorkshop).strict()),
  'post.add': op('post.add', z.object({ ...InWorkshop, postId: Id, fields: PostFields }).strict()),
  'post.update': op('post.update', z.object({ ...InWorkshop, postId: Id, patch: PostFields.partial() }).strict()),
  'post.remove': op('post.remove', z.object({ ...InWorkshop, postId: Id }).strict()),
  'dimension.setWeight': op(
    'dimension.setWeight',
    z.object({ ...InWorkshop, postId: Id, dimension: DimensionKey, weight: Weight }).strict(),
  ),
  /** Evenly spread 100 over the five dimensions, or over the indicators of one dimension. */
  'weights.balance': op(
    'weights.balance',
    z.object({ ...InWorkshop, postId: Id, dimension: DimensionKey.optional() }).strict(),
  ),
  'indicator.add': op(
    'indicator.add',
    z.object({ ...InWorkshop, postId: Id, indicatorId: Id, dimension: DimensionKey, fields: IndicatorFields }).strict(),
  ),
  'indicator.update': op(
    'indicator.update',
    z.object({ ...InWorkshop, indicatorId: Id, patch: IndicatorFields.partial() }).strict(),
  ),
  'indicator.remove': op('indicator.remove', z.object({ ...InWorkshop, indicatorId: Id }).strict()),
} as const;

export type OpType = keyof typeof OpSchemas;
export type OpOf<T extends OpType> = z.infer<(typeof OpSchemas)[T]>;
export type Op = { [T in OpType]: OpOf<T> }[OpType];
export type OpPayload<T extends OpType> = OpOf<T>['payload'];

export const Op = z.discriminatedUnion(
  'type',
  Object.values(OpSchemas) as unknown as [(typeof OpSchemas)[OpType], ...(typeof OpSchemas)[OpType][]],
) as unknown as z.ZodType<Op>;

/** Ops that change the workshop list, so library subscribers hear of them too. */
export const LIBRARY_OPS: ReadonlySet<OpType> = new Set([
  'workshop.create',
  'workshop.update',
  'workshop.duplicate',
  'workshop.delete',
]);

/** An op before the client stamps it with an opId. */
export type OpInput = Op extends infer O ? (O extends Op ? Omit<O, 'opId'> : never) : never;
