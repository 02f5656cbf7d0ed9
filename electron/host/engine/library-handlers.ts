import { refuse } from '../../../shared/core/refusal.ts';
import type { LibraryOpType } from '../../../shared/deliverables/workshop/library-ops.ts';
import type { OpPayload } from '../../../shared/protocol/ops.ts';
import type { LibraryEffect } from '../../../shared/protocol/messages.ts';
import { datesInOrder } from '../../../shared/rules/dates.ts';
import type { Db } from '../store/database.ts';
import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import { insertDoc } from '../store/doc-store.ts';
import { readWorkshop } from '../store/read-model.ts';
import { sql } from '../store/statements.ts';
import { artifactsTable } from '../deliverables/workshop/tables.ts';
import { copyDoc } from './copy-doc.ts';

/** `docOf` reads a workshop as it stands in the current group of ops. */
type LibraryHandler<T extends LibraryOpType> = (
  db: Db,
  docOf: (workshopId: string) => WorkshopDoc | null,
  payload: OpPayload<T>,
  at: string,
) => LibraryEffect;

const unknownWorkshop = (id: string) => refuse({ code: 'unknownWorkshop', detail: `workshop ${id} does not exist` });

/** The host's handlers for ops on the workshop list; a library op without one is a type error. */
export const LIBRARY_HANDLERS: { [T in LibraryOpType]: LibraryHandler<T> } = {
  'workshop.create'(db, _docOf, { workshopId, fields }, at) {
    if (!datesInOrder(fields.startDate, fields.endDate))
      refuse({ code: 'invalid', path: 'payload.fields.endDate', rule: 'endBeforeStart', detail: 'the end date is before the start date' });
    sql(
      db,
      `INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, industry, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(workshopId, fields.name, fields.company, fields.trainer, fields.startDate, fields.endDate, fields.language, fields.industry, at, at);
    // Every workshop starts with its workshop-wide 成果1, whose id is the workshop's own.
    artifactsTable.insert(db, workshopId, { id: workshopId, deliverable: 'standard', teamId: null, title: '', order: 'a0' });
    return { put: readWorkshop(db, workshopId)! };
  },
  'workshop.duplicate'(db, docOf, { workshopId, newWorkshopId, name }, at) {
    const source = docOf(workshopId) ?? unknownWorkshop(workshopId);
    const workshop = { ...source.workshop, id: newWorkshopId, name, createdAt: at, updatedAt: at };
    sql(
      db,
      `INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, industry, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newWorkshopId, name, workshop.company, workshop.trainer, workshop.startDate, workshop.endDate, workshop.language, workshop.industry, at, at);
    insertDoc(db, copyDoc(source, workshop));
    return { put: readWorkshop(db, newWorkshopId)! };
  },
  'workshop.delete'(db, docOf, { workshopId }) {
    if (!docOf(workshopId)) unknownWorkshop(workshopId);
    sql(db, 'DELETE FROM workshops WHERE id = ?').run(workshopId);
    return { del: true };
  },
};
