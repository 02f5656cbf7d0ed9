import type { Op } from '../protocol/ops.ts';

/** The field an editor is typing in: entity id plus the patch key (`weight.<dimension>` for a dimension weight). */
export interface FieldRef {
  entityId: string;
  field: string;
}

/** Which text fields an op overwrites, so a client can tell a user that someone else's edit replaced theirs. */
export function touchedFields(op: Op): FieldRef[] {
  switch (op.type) {
    case 'workshop.update':
      return Object.keys(op.payload.patch).map((field) => ({ entityId: op.payload.workshopId, field }));
    case 'post.update':
      return Object.keys(op.payload.patch).map((field) => ({ entityId: op.payload.postId, field }));
    case 'indicator.update':
      return Object.keys(op.payload.patch).map((field) => ({ entityId: op.payload.indicatorId, field }));
    case 'dimension.setWeight':
      return [{ entityId: op.payload.postId, field: `weight.${op.payload.dimension}` }];
    default:
      return [];
  }
}
