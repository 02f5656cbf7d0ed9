import type { LibraryState, WorkshopState } from '../../../shared/domain/state.ts';
import type { Workshop } from '../../../shared/domain/workshop.ts';
import { standardState } from '../../../shared/deliverables/standard/view.ts';
import type { Db } from './database.ts';
import { loadDoc } from './doc-store.ts';
import { sql } from './statements.ts';

interface WorkshopRow {
  id: string;
  name: string;
  company: string;
  trainer: string;
  start_date: string;
  end_date: string;
  language: Workshop['language'];
  industry: Workshop['industry'];
  created_at: string;
  updated_at: string;
}

const toWorkshop = (r: WorkshopRow): Workshop => ({
  id: r.id,
  name: r.name,
  company: r.company,
  trainer: r.trainer,
  startDate: r.start_date,
  endDate: r.end_date,
  language: r.language,
  industry: r.industry,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * The workshop list. A card's "updated" time is the workshop's last change of any kind, taken when the list is read:
 * content edits do not stream to the list (40 people typing would flood the trainer's library feed).
 */
export function readLibrary(db: Db): LibraryState {
  const rows = sql(
    db,
    `SELECT w.id, w.name, w.company, w.trainer, w.start_date, w.end_date, w.language, w.industry, w.created_at,
       max(w.updated_at, coalesce((SELECT max(at) FROM change_log c WHERE c.workshop_id = w.id), '')) AS updated_at
     FROM workshops w ORDER BY w.created_at, w.id`,
  ).all() as WorkshopRow[];
  return { workshops: rows.map(toWorkshop) };
}

export function readWorkshop(db: Db, workshopId: string): Workshop | null {
  const row = sql(db, 'SELECT * FROM workshops WHERE id = ?').get(workshopId) as WorkshopRow | undefined;
  return row ? toWorkshop(row) : null;
}

/** The workshop-wide 成果1 as ordered lists (the Word export's read model); null when the workshop does not exist. */
export function readWorkshopState(db: Db, workshopId: string): WorkshopState | null {
  const doc = loadDoc(db, workshopId);
  return doc ? standardState(doc) : null;
}
