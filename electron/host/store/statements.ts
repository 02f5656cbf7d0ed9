import type { Db } from './database.ts';
import type { Statement } from 'better-sqlite3';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepares each SQL text once per database: ops run thousands of times in a class. */
export function sql(db: Db, text: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let statement = byText.get(text);
  if (!statement) byText.set(text, (statement = db.prepare(text)));
  return statement;
}
