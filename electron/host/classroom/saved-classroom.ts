import { z } from 'zod';
import { Id } from '../../../shared/domain/ids.ts';
import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';

/** What a restart needs to reopen the classroom where participants' pages will look for it. */
export const SavedClassroom = z.object({ workshopId: Id, address: z.string(), port: z.number().int(), code: z.string() });
export type SavedClassroom = z.infer<typeof SavedClassroom>;

const KEY = 'classroom';

export function loadSavedClassroom(db: Db): SavedClassroom | null {
  const value = sql(db, 'SELECT value FROM library_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (!value) return null;
  try {
    const parsed = SavedClassroom.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveClassroom(db: Db, saved: SavedClassroom | null): void {
  if (!saved) return void sql(db, 'DELETE FROM library_settings WHERE key = ?').run(KEY);
  sql(db, 'INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(saved),
  );
}
