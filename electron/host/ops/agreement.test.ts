import { afterAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import type { Op, OpInput } from '../../../shared/protocol/ops.ts';
import { applyToLibrary, applyToWorkshop } from '../../../shared/rules/apply-op.ts';
import { openLibrary } from '../store/database.ts';
import { readLibrary, readWorkshopState } from '../store/read-model.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { addIndicator, addPost, createWorkshop } from '../testing/sample-ops.ts';
import { applyOp } from './apply-op.ts';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/**
 * The host's SQL handlers and the clients' reducer (shared/rules/apply-op.ts) are two implementations of one
 * meaning. Random op sequences must leave both in the same state, or clients would drift from the database.
 */
describe('host handlers and client reducer agree', () => {
  const dir = tempDir();
  const db = openLibrary(dir.dir);
  afterAll(() => {
    db.close();
    dir.remove();
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`on random sequence ${seed}`, () => {
      const rnd = random(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
      const workshopId = newId();
      let library = readLibrary(db);
      let state: WorkshopState | null = null;
      const run = (input: OpInput) => {
        const op = { ...input, opId: newId() } as Op;
        const result = applyOp(db, op, 'agreement', 'trainer');
        if (result.kind !== 'applied') return result;
        library = applyToLibrary(library, result.change.op, result.change.at);
        state = state === null ? readWorkshopState(db, workshopId) : applyToWorkshop(state, result.change.op, result.change.at);
        return result;
      };
      run(createWorkshop(workshopId));
      for (let step = 0; step < 150; step++) {
        const current: WorkshopState = state!;
        const post = current.posts.length ? pick(current.posts) : null;
        const indicator = current.indicators.length ? pick(current.indicators) : null;
        const r = rnd();
        if (!post || r < 0.1) run(addPost(workshopId, newId(), `岗位 ${step}`));
        else if (r < 0.4) run(addIndicator(workshopId, post.id, pick(DIMENSIONS), `指标 ${step}`, Math.round(rnd() * 100)));
        else if (r < 0.5) run({ type: 'dimension.setWeight', payload: { workshopId, postId: post.id, dimension: pick(DIMENSIONS), weight: Math.round(rnd() * 10000) / 100 } });
        else if (r < 0.6) run({ type: 'weights.balance', payload: { workshopId, postId: post.id, dimension: rnd() < 0.5 ? undefined : pick(DIMENSIONS) } });
        else if (r < 0.75 && indicator)
          run({
            type: 'indicator.update',
            payload: {
              workshopId,
              indicatorId: indicator.id,
              patch: rnd() < 0.5 ? { weight: Math.round(rnd() * 100), name: `改 ${step}` } : { scoring: { kind: 'deduction', pointsPerOccurrence: 5 }, cycle: 'weekly' },
            },
          });
        else if (r < 0.8 && indicator) run({ type: 'indicator.remove', payload: { workshopId, indicatorId: indicator.id } });
        else if (r < 0.85) run({ type: 'post.update', payload: { workshopId, postId: post.id, patch: { description: `说明 ${step}` } } });
        else if (r < 0.88) run({ type: 'post.remove', payload: { workshopId, postId: post.id } });
        else if (r < 0.9) run({ type: 'workshop.update', payload: { workshopId, patch: { company: `公司 ${step}` } } });
        else run(addIndicator(workshopId, newId(), 'empathy', '无主指标'));
      }
      expect(state).toEqual(readWorkshopState(db, workshopId));
      expect(library).toEqual(readLibrary(db));
    });
  }
});
