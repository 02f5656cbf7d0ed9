import { newId } from '../../../shared/domain/ids.ts';
import type { WorkshopFields } from '../../../shared/domain/workshop.ts';
import { sql } from '../store/statements.ts';
import type { HandlerMap } from './handler-types.ts';
import { requireFreeId, requireWorkshop } from './ownership.ts';
import { reject } from './rejection.ts';
import { datesInOrder } from '../../../shared/rules/dates.ts';
import { readWorkshop } from '../store/read-model.ts';

const endBeforeStart = (path: string) =>
  reject({ code: 'invalid', path, rule: 'endBeforeStart', detail: 'the end date is before the start date' });

const COLUMNS: Record<keyof WorkshopFields, string> = {
  name: 'name',
  company: 'company',
  trainer: 'trainer',
  startDate: 'start_date',
  endDate: 'end_date',
  language: 'language',
};

export const workshopHandlers: HandlerMap<'workshop.create' | 'workshop.update' | 'workshop.duplicate' | 'workshop.delete'> =
  {
    'workshop.create'(db, { payload: { workshopId, fields } }, at) {
      requireFreeId(db, 'workshops', workshopId);
      if (!datesInOrder(fields.startDate, fields.endDate)) endBeforeStart('payload.fields.endDate');
      sql(
        db,
        `INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(workshopId, fields.name, fields.company, fields.trainer, fields.startDate, fields.endDate, fields.language, at, at);
    },
    'workshop.update'(db, { payload: { workshopId, patch } }, at) {
      requireWorkshop(db, workshopId);
      const stored = readWorkshop(db, workshopId)!;
      if (!datesInOrder(patch.startDate ?? stored.startDate, patch.endDate ?? stored.endDate))
        endBeforeStart(patch.endDate !== undefined ? 'payload.patch.endDate' : 'payload.patch.startDate');
      for (const [key, value] of Object.entries(patch) as [keyof WorkshopFields, string][]) {
        sql(db, `UPDATE workshops SET ${COLUMNS[key]} = ? WHERE id = ?`).run(value, workshopId);
      }
      sql(db, 'UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);
    },
    'workshop.duplicate'(db, { payload: { workshopId, newWorkshopId, name } }, at) {
      requireWorkshop(db, workshopId);
      requireFreeId(db, 'workshops', newWorkshopId);
      sql(
        db,
        `INSERT INTO workshops (id, name, company, trainer, start_date, end_date, language, created_at, updated_at)
         SELECT ?, ?, company, trainer, start_date, end_date, language, ?, ? FROM workshops WHERE id = ?`,
      ).run(newWorkshopId, name, at, at, workshopId);
      // The copy's posts and indicators get fresh ids: ids are unique across the library.
      const posts = sql(db, 'SELECT id FROM posts WHERE workshop_id = ? ORDER BY position, id').all(workshopId) as { id: string }[];
      for (const { id } of posts) {
        const postId = newId();
        sql(db, `INSERT INTO posts (id, workshop_id, name, description, position)
                 SELECT ?, ?, name, description, position FROM posts WHERE id = ?`).run(postId, newWorkshopId, id);
        sql(db, `INSERT INTO post_dimensions (post_id, dimension, weight)
                 SELECT ?, dimension, weight FROM post_dimensions WHERE post_id = ?`).run(postId, id);
        const indicators = sql(db, 'SELECT id FROM indicators WHERE post_id = ? ORDER BY rowid').all(id) as { id: string }[];
        for (const indicator of indicators) {
          sql(
            db,
            `INSERT INTO indicators (id, post_id, dimension, name, description, weight, scoring_kind, deduction_points, data_source, cycle, position)
             SELECT ?, ?, dimension, name, description, weight, scoring_kind, deduction_points, data_source, cycle, position
             FROM indicators WHERE id = ?`,
          ).run(newId(), postId, indicator.id);
        }
      }
    },
    'workshop.delete'(db, { payload: { workshopId } }) {
      requireWorkshop(db, workshopId);
      sql(db, 'DELETE FROM workshops WHERE id = ?').run(workshopId);
    },
  };
