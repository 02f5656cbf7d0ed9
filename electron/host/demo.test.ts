import { afterAll, describe, expect, it } from 'vitest';
import { standardState } from '../../shared/deliverables/standard/view.ts';
import { newId } from '../../shared/domain/ids.ts';
import { standardIssues } from '../../shared/rules/weights.ts';
import { sampleWorkshopOps } from '../../templates/sample-ops.ts';
import { seedSample } from './demo.ts';
import { Engine } from './engine/engine.ts';
import { openLibrary } from './store/database.ts';
import { DocCache, loadDoc } from './store/doc-store.ts';
import { readLibrary } from './store/read-model.ts';
import { tempDir } from './testing/temp-dir.ts';

describe('the sample workshop as ops', () => {
  const dir = tempDir();
  const db = openLibrary(dir.dir);
  const engine = new Engine(db, new DocCache(db), () => undefined);
  const trainer = { sessionId: 's', role: 'trainer' as const, workshopId: null, teamId: null, name: '' };
  afterAll(() => {
    db.close();
    dir.remove();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    it(`makes a complete, balanced standard in ${language} in two commits`, () => {
      const { workshopId, ops } = sampleWorkshopOps(language, newId);
      expect(ops.map((op) => op.type)).toEqual(['workshop.create', 'batch']);
      for (const op of ops) expect(engine.applyNow({ session: trainer, clientId: 'demo', raw: { ...op, opId: newId() } }).kind).toBe('applied');
      const state = standardState(loadDoc(db, workshopId)!);
      expect(state.workshop.language).toBe(language);
      expect(state.posts).toHaveLength(3);
      expect(state.indicators.length).toBeGreaterThanOrEqual(45);
      expect(standardIssues(state.posts, state.indicators)).toEqual([]);
    });
  }

  it('--demo adds the sample once, however often the host starts with it', () => {
    const fresh = tempDir();
    const library = openLibrary(fresh.dir);
    const host = new Engine(library, new DocCache(library), () => undefined);
    expect(seedSample(host, library, 'zh-CN')).not.toBeNull();
    expect(seedSample(host, library, 'zh-CN')).toBeNull();
    expect(readLibrary(library).workshops).toHaveLength(1);
    library.close();
    fresh.remove();
  });
});
