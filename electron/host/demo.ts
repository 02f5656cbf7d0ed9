import { newId } from '../../shared/domain/ids.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import { DEMO_WORKSHOP } from '../../templates/demo-workshop.ts';
import { sampleWorkshopOps } from '../../templates/sample-ops.ts';
import type { Engine } from './engine/engine.ts';
import type { Db } from './store/database.ts';
import { readLibrary } from './store/read-model.ts';

const HOST_SESSION = { sessionId: 'host', role: 'trainer' as const, workshopId: null, teamId: null, name: '' };

/**
 * `--demo`: puts the sample workshop in the library, once (a library that already holds it, by name, is left as it
 * is), so a newcomer sees a finished 成果1 within a minute. Returns the sample's id, or null when it was there.
 */
export function seedSample(engine: Engine, db: Db, language: Language = 'zh-CN'): string | null {
  if (readLibrary(db).workshops.some((w) => w.name === DEMO_WORKSHOP.name[language])) return null;
  const { workshopId, ops } = sampleWorkshopOps(language, newId);
  for (const op of ops) {
    const result = engine.applyNow({ session: HOST_SESSION, clientId: 'demo', raw: { ...op, opId: newId() } });
    if (result.kind !== 'applied') throw new Error(`the sample workshop could not be made: ${JSON.stringify(result)}`);
  }
  return workshopId;
}
