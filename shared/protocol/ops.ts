import { z } from 'zod';
import { Id } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import { OP_DEFS } from '../deliverables/ops.ts';
import { librarySchemas, type LibraryOpType } from '../deliverables/workshop/library-ops.ts';

/**
 * Every edit is one op `{ opId, type, payload }`. Content ops come from the deliverable modules' registry
 * (shared/deliverables/ops.ts); library ops create, copy or delete whole workshops; a batch carries many content ops
 * applied as one (one transaction, one broadcast, all or nothing).
 */
export type ContentOpType = keyof typeof OP_DEFS;
export type { LibraryOpType };
export type OpType = ContentOpType | LibraryOpType | 'batch';

type ContentPayload<T extends ContentOpType> = z.infer<(typeof OP_DEFS)[T]['payload']>;
type LibraryPayload<T extends LibraryOpType> = z.infer<(typeof librarySchemas)[T]>;

export type SubOp = { [T in ContentOpType]: { type: T; payload: ContentPayload<T> } }[ContentOpType];
export interface BatchPayload {
  workshopId: string;
  ops: SubOp[];
}

export type OpPayload<T extends OpType> = T extends ContentOpType
  ? ContentPayload<T>
  : T extends LibraryOpType
    ? LibraryPayload<T>
    : BatchPayload;
export type OpOf<T extends OpType> = { opId: string; type: T; payload: OpPayload<T> };
export type Op = { [T in OpType]: OpOf<T> }[OpType];
export type ContentOp = { [T in ContentOpType]: OpOf<T> }[ContentOpType] | OpOf<'batch'>;
export type LibraryOp = { [T in LibraryOpType]: OpOf<T> }[LibraryOpType];

type Entry = [string, z.ZodType];
const contentEntries = Object.entries(OP_DEFS).map(([type, def]): Entry => [type, def.payload as z.ZodType]);
const libraryEntries = Object.entries(librarySchemas) as Entry[];

const union = (members: z.ZodObject[]) => z.discriminatedUnion('type', members as unknown as [z.ZodObject, z.ZodObject]);

const SubOpSchema = union(contentEntries.map(([type, payload]) => z.object({ type: z.literal(type), payload }).strict()));
const BatchPayloadSchema = z
  .object({ workshopId: Id, ops: z.array(SubOpSchema).min(1, 'required').max(LIMITS.opsPerBatch, 'tooMany') })
  .strict();

const envelope = ([type, payload]: Entry) => z.object({ opId: Id, type: z.literal(type), payload }).strict();

const allEntries: Entry[] = [...contentEntries, ...libraryEntries, ['batch', BatchPayloadSchema]];
export const OpSchema = union(allEntries.map(envelope)) as unknown as z.ZodType<Op>;

export const LIBRARY_OP_TYPES: ReadonlySet<OpType> = new Set(Object.keys(librarySchemas) as LibraryOpType[]);

export const isLibraryOp = (op: Op): op is LibraryOp => LIBRARY_OP_TYPES.has(op.type);

/** An op before the client stamps it with an opId. */
export type OpInput = Op extends infer O ? (O extends Op ? Omit<O, 'opId'> : never) : never;
