import { OP_DEFS } from '../deliverables/ops.ts';
import type { ContentOp, SubOp } from '../protocol/ops.ts';
import type { WorkshopDoc } from './doc.ts';

type AnyDef = { kept?(payload: unknown, doc: WorkshopDoc): unknown };

const keptSub = (sub: SubOp, doc: WorkshopDoc): SubOp => {
  const payload = (OP_DEFS[sub.type] as unknown as AnyDef).kept?.(sub.payload, doc) ?? sub.payload;
  return payload === sub.payload ? sub : ({ ...sub, payload } as SubOp);
};

/**
 * The op as the host logs and broadcasts it: each (sub-)op's payload cut to what its module keeps (see OpDef.kept).
 * The very same op when nothing was cut, so the caller can tell.
 */
export function keptOp(op: ContentOp, doc: WorkshopDoc): ContentOp {
  if (op.type !== 'batch') return keptSub(op as SubOp, doc) as ContentOp;
  const ops = op.payload.ops.map((sub) => keptSub(sub, doc));
  return ops.every((sub, i) => sub === op.payload.ops[i]) ? op : { ...op, payload: { ...op.payload, ops } };
}
