import { OP_DEFS } from '../deliverables/ops.ts';
import type { ContentOp, SubOp } from '../protocol/ops.ts';
import type { Effect, WorkshopDoc } from './doc.ts';
import type { FieldRef } from './fields.ts';
import { refuse } from './refusal.ts';
import { Tx } from './tx.ts';

type AnyDef = { apply(tx: Tx, payload: unknown): void; touched?(payload: unknown): FieldRef[] };
const defOf = (type: SubOp['type']): AnyDef => OP_DEFS[type] as unknown as AnyDef;

const subOps = (op: ContentOp): SubOp[] => (op.type === 'batch' ? op.payload.ops : [op as SubOp]);

/**
 * The one meaning of a content op: what it does to a workshop, as an effect. The host runs it inside its SQLite
 * transaction and persists the effect; clients run it only to predict their own pending edits. Throws a Refusal.
 */
export function reduce(doc: WorkshopDoc, op: ContentOp, at: string): Effect {
  const tx = new Tx(doc, at);
  for (const sub of subOps(op)) {
    if (sub.payload.workshopId !== op.payload.workshopId)
      refuse({ code: 'wrongWorkshop', detail: 'every op of a batch must be in the batch’s workshop' });
    defOf(sub.type).apply(tx, sub.payload);
  }
  return tx.effect();
}

/** Which text fields an op overwrites, so a client can tell a user that someone else's edit replaced theirs. */
export const touchedFields = (op: ContentOp): FieldRef[] => subOps(op).flatMap((sub) => defOf(sub.type).touched?.(sub.payload) ?? []);
