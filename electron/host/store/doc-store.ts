import { COLLECTIONS, emptyDoc, type CollectionName, type Effect, type WorkshopDoc } from '../../../shared/core/doc.ts';
import type { Workshop } from '../../../shared/domain/workshop.ts';
import type { Db } from './database.ts';
import { readWorkshop } from './read-model.ts';
import { sql } from './statements.ts';
import { TABLES } from './tables.ts';

type AnyTable = (typeof TABLES)[CollectionName] & { insert(db: Db, w: string, e: unknown): void; update(db: Db, e: unknown): void };
const table = (c: CollectionName) => TABLES[c] as AnyTable;

/** A workshop's doc as stored, or null when it does not exist. */
export function loadDoc(db: Db, workshopId: string): WorkshopDoc | null {
  const workshop = readWorkshop(db, workshopId);
  if (!workshop) return null;
  const doc: Record<string, unknown> = { ...emptyDoc(workshop) };
  for (const c of COLLECTIONS) {
    doc[c] = Object.fromEntries((table(c).load(db, workshopId) as { id: string }[]).map((e) => [e.id, e]));
  }
  return doc as WorkshopDoc;
}

export function writeWorkshopRow(db: Db, w: Workshop): void {
  sql(
    db,
    `UPDATE workshops SET name = ?, company = ?, trainer = ?, start_date = ?, end_date = ?, language = ?, industry = ?, updated_at = ?
     WHERE id = ?`,
  ).run(w.name, w.company, w.trainer, w.startDate, w.endDate, w.language, w.industry, w.updatedAt, w.id);
}

/**
 * Writes an effect row by row inside the caller's transaction: deletions children first, then writes parents first,
 * so foreign keys hold at every step. An entity the workshop did not hold is inserted (and fails on an id in use).
 */
export function persistEffect(db: Db, base: WorkshopDoc, effect: Effect): void {
  if (effect.workshop) writeWorkshopRow(db, effect.workshop);
  for (const c of [...COLLECTIONS].reverse()) for (const id of effect.del[c] ?? []) table(c).remove(db, id);
  for (const c of COLLECTIONS) {
    for (const entity of (effect.put[c] ?? []) as { id: string }[]) {
      if (entity.id in base[c]) table(c).update(db, entity);
      else table(c).insert(db, base.workshop.id, entity);
    }
  }
}

/** Inserts a whole doc (a copied workshop) whose workshop row exists already. */
export function insertDoc(db: Db, doc: WorkshopDoc): void {
  for (const c of COLLECTIONS) for (const entity of Object.values(doc[c])) table(c).insert(db, doc.workshop.id, entity);
}

/**
 * The host's docs in memory, loaded on first use. Ops read them instead of the database; an entry changes only
 * after its transaction committed, so the cache never holds what the database does not.
 */
export class DocCache {
  private readonly docs = new Map<string, WorkshopDoc>();

  constructor(private readonly db: Db) {}

  get(workshopId: string): WorkshopDoc | null {
    const cached = this.docs.get(workshopId);
    if (cached) return cached;
    const doc = loadDoc(this.db, workshopId);
    if (doc) this.docs.set(workshopId, doc);
    return doc;
  }

  set(doc: WorkshopDoc): void {
    this.docs.set(doc.workshop.id, doc);
  }

  forget(workshopId: string): void {
    this.docs.delete(workshopId);
  }
}
