/** The field an editor is typing in: entity id plus the patch key (`weight.<dimension>` for a dimension weight). */
export interface FieldRef {
  entityId: string;
  field: string;
}

/** Every key of a patch, as fields of one entity. */
export const patchFields = (entityId: string, patch: object): FieldRef[] => Object.keys(patch).map((field) => ({ entityId, field }));
