import type { Db } from './database.ts';

/**
 * How one entity collection lives in SQLite: its own relational table(s), written row by row from an effect.
 * `insert` is used for entities new to the workshop and fails on an id used anywhere in the library.
 */
export interface TableMap<E> {
  load(db: Db, workshopId: string): E[];
  insert(db: Db, workshopId: string, entity: E): void;
  update(db: Db, entity: E): void;
  remove(db: Db, id: string): void;
}
