import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { WorkshopFields, type Workshop } from '../../domain/workshop.ts';

/**
 * Ops on the workshop list itself (the trainer's library). They create or remove whole workshops, so the host runs
 * them with its own handlers; a client predicts them on its list with `predictLibrary` until the host's row arrives.
 */
export const librarySchemas = {
  'workshop.create': z.object({ workshopId: Id, fields: WorkshopFields }).strict(),
  'workshop.duplicate': z.object({ workshopId: Id, newWorkshopId: Id, name: WorkshopFields.shape.name }).strict(),
  'workshop.delete': z.object({ workshopId: Id }).strict(),
};
export type LibraryOpType = keyof typeof librarySchemas;
type LibraryOp = { [T in LibraryOpType]: { type: T; payload: z.infer<(typeof librarySchemas)[T]> } }[LibraryOpType];

/** The list as this client expects it after a library op of its own. */
export function predictLibrary(list: readonly Workshop[], op: LibraryOp, at: string): Workshop[] {
  switch (op.type) {
    case 'workshop.create':
      if (list.some((w) => w.id === op.payload.workshopId)) return [...list];
      return [...list, { id: op.payload.workshopId, ...op.payload.fields, createdAt: at, updatedAt: at }];
    case 'workshop.duplicate': {
      const source = list.find((w) => w.id === op.payload.workshopId);
      if (!source || list.some((w) => w.id === op.payload.newWorkshopId)) return [...list];
      return [...list, { ...source, id: op.payload.newWorkshopId, name: op.payload.name, createdAt: at, updatedAt: at }];
    }
    case 'workshop.delete':
      return list.filter((w) => w.id !== op.payload.workshopId);
  }
}
