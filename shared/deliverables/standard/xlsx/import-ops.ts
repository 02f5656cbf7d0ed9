import { DIMENSIONS } from '../../../domain/dimensions.ts';
import { LIMITS } from '../../../domain/limits.ts';
import type { Indicator, IndicatorFields } from '../../../domain/standard.ts';
import type { WorkshopDoc } from '../../../core/doc.ts';
import { keyBetween, sortByOrder } from '../../../core/order.ts';
import type { SubOp } from '../../../protocol/ops.ts';
import { defaultDimensionWeights } from '../ops.ts';
import type { ImportedIndicator, ImportedPost } from './read-sheets.ts';
import { SHEET } from './layout.ts';
import type { ImportProblem, ImportSummary } from './problems.ts';

export interface ImportPlan {
  ops: SubOp[];
  summary: ImportSummary;
  problems: ImportProblem[];
}

const FIELDS: readonly (keyof IndicatorFields)[] = ['name', 'description', 'weight', 'scoring', 'dataSource', 'cycle'];
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What applying imported posts to a standard takes, as the sub-ops of one batch. A post of the file replaces the
 * post of the same name (its description, weights and indicators; indicators are matched by dimension and name and
 * keep their ids), or is added; posts the file does not name are left alone.
 */
export function importOps(doc: WorkshopDoc, artifactId: string, posts: readonly ImportedPost[], newId: () => string): ImportPlan {
  const workshopId = doc.workshop.id;
  const existing = sortByOrder(Object.values(doc.posts).filter((p) => p.artifactId === artifactId));
  const byName = new Map(existing.map((p) => [p.name, p]));
  const summary: ImportSummary = { postsAdded: 0, postsChanged: 0, indicatorsAdded: 0, indicatorsChanged: 0, indicatorsRemoved: 0 };
  const problems: ImportProblem[] = [];
  // Removals first, so a dimension has room and order keys are free before anything is added or moved there.
  const removes: SubOp[] = [];
  const rest: SubOp[] = [];
  let postCount = Object.keys(doc.posts).length;

  for (const imported of posts) {
    const current = byName.get(imported.fields.name);
    let postId: string;
    let changed = false;
    if (current) {
      postId = current.id;
      if (current.description !== imported.fields.description) {
        rest.push({ type: 'post.update', payload: { workshopId, postId, patch: { description: imported.fields.description } } });
        changed = true;
      }
    } else {
      if (++postCount > LIMITS.postsPerWorkshop) {
        problems.push({ sheet: imported.sheet, row: SHEET.postRow, code: 'tooManyPosts', limit: LIMITS.postsPerWorkshop });
        continue;
      }
      postId = newId();
      rest.push({ type: 'post.add', payload: { workshopId, artifactId, postId, fields: imported.fields } });
      summary.postsAdded++;
    }
    const weightsNow = current?.dimensionWeights ?? defaultDimensionWeights();
    for (const dimension of DIMENSIONS) {
      const weight = imported.dimensionWeights[dimension];
      if (weightsNow[dimension] === weight) continue;
      rest.push({ type: 'dimension.setWeight', payload: { workshopId, postId, dimension, weight } });
      changed = true;
    }
    const stored = Object.values(doc.indicators).filter((i) => i.postId === postId);
    for (const dimension of DIMENSIONS) {
      const wanted = imported.indicators.filter((i) => i.dimension === dimension);
      const had = sortByOrder(stored.filter((i) => i.dimension === dimension));
      const counts = planDimension(workshopId, postId, wanted, had, newId, removes, rest);
      summary.indicatorsAdded += counts.added;
      summary.indicatorsChanged += counts.changed;
      summary.indicatorsRemoved += counts.removed;
      changed ||= counts.added + counts.changed + counts.removed > 0;
    }
    if (current && changed) summary.postsChanged++;
  }
  const ops = [...removes, ...rest];
  if (ops.length > LIMITS.opsPerBatch) problems.push({ sheet: '', row: 0, code: 'tooManyChanges', limit: LIMITS.opsPerBatch });
  return { ops: problems.length ? [] : ops, summary, problems };
}

/** One dimension of one post: remove what the file dropped, update what it changed, add the rest, in the file's order. */
function planDimension(
  workshopId: string,
  postId: string,
  wanted: readonly ImportedIndicator[],
  had: readonly Indicator[],
  newId: () => string,
  removes: SubOp[],
  rest: SubOp[],
): { added: number; changed: number; removed: number } {
  const byName = new Map(had.map((i) => [i.name, i]));
  const kept = wanted.map((w) => byName.get(w.fields.name));
  const keptIds = new Set(kept.flatMap((k) => (k ? [k.id] : [])));
  let removed = 0;
  for (const indicator of had) {
    if (keptIds.has(indicator.id)) continue;
    removes.push({ type: 'indicator.remove', payload: { workshopId, indicatorId: indicator.id } });
    removed++;
  }
  // The stored order survives when the file keeps it and only appends; otherwise every row gets a fresh key in file order.
  const keptInOrder = kept.filter((k) => k !== undefined).map((k) => k.id);
  const storedOrder = had.filter((i) => keptIds.has(i.id)).map((i) => i.id);
  const firstNew = kept.findIndex((k) => k === undefined);
  const appendsOnly = firstNew === -1 || kept.slice(firstNew).every((k) => k === undefined);
  const reorder = !same(keptInOrder, storedOrder) || !appendsOnly;
  let previous: string | null = reorder ? null : (had.filter((i) => keptIds.has(i.id)).at(-1)?.order ?? null);
  let added = 0;
  let changed = 0;
  wanted.forEach((w, n) => {
    const old = kept[n];
    const order = reorder || !old ? keyBetween(previous, null) : old.order;
    if (reorder || !old) previous = order;
    if (!old) {
      rest.push({ type: 'indicator.add', payload: { workshopId, postId, indicatorId: newId(), dimension: w.dimension, fields: w.fields, order } });
      added++;
      return;
    }
    const patch = Object.fromEntries(FIELDS.filter((f) => !same(old[f], w.fields[f])).map((f) => [f, w.fields[f]]));
    if (Object.keys(patch).length) rest.push({ type: 'indicator.update', payload: { workshopId, indicatorId: old.id, patch } });
    if (order !== old.order) rest.push({ type: 'indicator.move', payload: { workshopId, indicatorId: old.id, dimension: w.dimension, order } });
    if (Object.keys(patch).length || order !== old.order) changed++;
  });
  return { added, changed, removed };
}
