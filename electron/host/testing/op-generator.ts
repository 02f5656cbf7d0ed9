import { applyEffect, type WorkshopDoc } from '../../../shared/core/doc.ts';
import { keyBetween, sortByOrder, type Ordered } from '../../../shared/core/order.ts';
import { reduce } from '../../../shared/core/reduce.ts';
import { DIMENSIONS, type Dimension } from '../../../shared/domain/dimensions.ts';
import type { ContentOp, OpInput, SubOp } from '../../../shared/protocol/ops.ts';
import type { Seeded } from './seeded.ts';

type Content = Exclude<OpInput, { type: 'workshop.create' | 'workshop.duplicate' | 'workshop.delete' }>;

const NAMES = ['前台接待', '客房服务', '投诉专员', 'Concierge', '夜班经理', '维修工程师', '礼宾', '收银'];
const INDICATORS = ['着装规范', '主动问候', '首问负责', '响应时效', '一次解决率', '回访满意度', 'Smile', '环境整洁'];

const weight = (rng: Seeded): number => (rng.chance(0.2) ? rng.int(0, 10000) / 100 : rng.int(0, 100));

/** A key that places an item at a random slot among `siblings` (possibly the key a concurrent peer also picks). */
export function randomSlot(rng: Seeded, siblings: readonly Ordered[], exceptId?: string): string {
  const list = sortByOrder(siblings.filter((s) => s.id !== exceptId));
  const at = rng.int(0, list.length);
  return keyBetween(list[at - 1]?.order ?? null, list[at]?.order ?? null);
}

const indicatorsIn = (doc: WorkshopDoc, postId: string, dimension: string) =>
  Object.values(doc.indicators).filter((i) => i.postId === postId && i.dimension === dimension);

/** Post and dimension pairs holding at least `n` indicators (where balancing is interesting). */
export function crowdedDimensions(doc: WorkshopDoc, n: number): { postId: string; dimension: Dimension }[] {
  const out: { postId: string; dimension: Dimension }[] = [];
  for (const p of Object.values(doc.posts))
    for (const d of DIMENSIONS) if (indicatorsIn(doc, p.id, d).length >= n) out.push({ postId: p.id, dimension: d });
  return out;
}

/**
 * One random content op against `doc` (a client's view), biased so that each op type reaches its interesting cases:
 * balances over several indicators, removes of things that have children, moves between crowded siblings.
 */
export function randomContentOp(rng: Seeded, doc: WorkshopDoc): Content {
  const workshopId = doc.workshop.id;
  const posts = Object.values(doc.posts);
  const indicators = Object.values(doc.indicators);
  const teams = Object.values(doc.teams);
  const artifacts = Object.values(doc.artifacts);
  const roll = rng.next();

  if (posts.length < 3 || (roll < 0.07 && posts.length < 12)) {
    const artifact = rng.chance(0.6) ? doc.artifacts[workshopId] : rng.pick(artifacts);
    const siblings = posts.filter((p) => p.artifactId === artifact.id);
    const order = rng.chance(0.5) ? randomSlot(rng, siblings) : undefined;
    return {
      type: 'post.add',
      payload: { workshopId, artifactId: artifact.id, postId: rng.id(), fields: { name: rng.pick(NAMES), description: '' }, ...(order ? { order } : {}) },
    };
  }
  if (roll < 0.3) {
    const post = rng.pick(posts);
    const dimension = rng.pick(DIMENSIONS);
    const order = rng.chance(0.5) ? randomSlot(rng, indicatorsIn(doc, post.id, dimension)) : undefined;
    return {
      type: 'indicator.add',
      payload: {
        workshopId,
        postId: post.id,
        indicatorId: rng.id(),
        dimension,
        ...(order ? { order } : {}),
        fields: {
          name: rng.pick(INDICATORS),
          description: rng.chance(0.3) ? '按标准执行' : '',
          weight: weight(rng),
          scoring: rng.pick([{ kind: 'scale5' }, { kind: 'passFail' }, { kind: 'deduction', pointsPerOccurrence: rng.int(1, 20) }] as const),
          dataSource: rng.pick(['mysteryShopper', 'survey', 'systemRecord', 'supervisorCheck'] as const),
          cycle: rng.pick(['daily', 'weekly', 'monthly', 'quarterly'] as const),
        },
      },
    };
  }
  if (roll < 0.4 && indicators.length) {
    const indicator = rng.pick(indicators);
    const patch = rng.chance(0.7) ? { weight: weight(rng) } : { name: rng.pick(INDICATORS), description: `${rng.int(1, 99)} 分钟内` };
    return { type: 'indicator.update', payload: { workshopId, indicatorId: indicator.id, patch } };
  }
  if (roll < 0.47) {
    const crowded = crowdedDimensions(doc, 3);
    if (crowded.length && rng.chance(0.85)) return { type: 'weights.balance', payload: { workshopId, ...rng.pick(crowded) } };
    return { type: 'weights.balance', payload: { workshopId, postId: rng.pick(posts).id } };
  }
  if (roll < 0.53 && indicators.length) {
    const indicator = rng.pick(indicators);
    const dimension = rng.chance(0.6) ? indicator.dimension : rng.pick(DIMENSIONS);
    const order = randomSlot(rng, indicatorsIn(doc, indicator.postId, dimension), indicator.id);
    return { type: 'indicator.move', payload: { workshopId, indicatorId: indicator.id, dimension, order } };
  }
  if (roll < 0.57) {
    const post = rng.pick(posts);
    const order = randomSlot(rng, posts.filter((p) => p.artifactId === post.artifactId), post.id);
    return { type: 'post.move', payload: { workshopId, postId: post.id, order } };
  }
  if (roll < 0.62) {
    return { type: 'dimension.setWeight', payload: { workshopId, postId: rng.pick(posts).id, dimension: rng.pick(DIMENSIONS), weight: weight(rng) } };
  }
  if (roll < 0.66) {
    const patch = rng.chance(0.5) ? { name: `${rng.pick(NAMES)} ${rng.int(1, 9)}` } : { description: `负责${rng.pick(INDICATORS)}` };
    return { type: 'post.update', payload: { workshopId, postId: rng.pick(posts).id, patch } };
  }
  if (roll < 0.7 && indicators.length) return { type: 'indicator.remove', payload: { workshopId, indicatorId: rng.pick(indicators).id } };
  if (roll < 0.73 && posts.length > 3) {
    // Mostly a post with indicators under it: the effect must list every child it removes.
    const parents = posts.filter((p) => indicators.some((i) => i.postId === p.id));
    return { type: 'post.remove', payload: { workshopId, postId: rng.pick(parents.length && rng.chance(0.8) ? parents : posts).id } };
  }
  if (roll < 0.76) {
    if (teams.length < 4 || rng.chance(0.3)) return { type: 'team.add', payload: { workshopId, teamId: rng.id(), fields: { name: `第${rng.int(1, 9)}组` } } };
    return { type: 'team.update', payload: { workshopId, teamId: rng.pick(teams).id, patch: { name: `第${rng.int(1, 9)}组` } } };
  }
  if (roll < 0.78 && teams.length) {
    const owners = teams.filter((t) => artifacts.some((a) => a.teamId === t.id));
    return { type: 'team.remove', payload: { workshopId, teamId: rng.pick(owners.length && rng.chance(0.8) ? owners : teams).id } };
  }
  if (roll < 0.82) {
    if (artifacts.length < 5 || rng.chance(0.5)) {
      const teamId = teams.length && rng.chance(0.6) ? rng.pick(teams).id : null;
      return { type: 'artifact.add', payload: { workshopId, artifactId: rng.id(), deliverable: 'standard', fields: { title: `方案${rng.int(1, 9)}`, teamId } } };
    }
    const artifact = rng.pick(artifacts);
    const patch = rng.chance(0.5) ? { title: `方案${rng.int(1, 9)}` } : { teamId: teams.length ? rng.pick(teams).id : null };
    return { type: 'artifact.update', payload: { workshopId, artifactId: artifact.id, patch } };
  }
  if (roll < 0.85) {
    const removable = artifacts.filter((a) => a.id !== workshopId);
    const parents = removable.filter((a) => posts.some((p) => p.artifactId === a.id));
    if (removable.length) return { type: 'artifact.remove', payload: { workshopId, artifactId: rng.pick(parents.length && rng.chance(0.8) ? parents : removable).id } };
  }
  if (roll < 0.88) {
    return { type: 'workshop.update', payload: { workshopId, patch: rng.chance(0.5) ? { company: `栖梧${rng.int(1, 99)}` } : { trainer: rng.pick(['林晓岚', '李方', 'Ada']) } } };
  }
  return { type: 'dimension.setWeight', payload: { workshopId, postId: rng.pick(posts).id, dimension: rng.pick(DIMENSIONS), weight: weight(rng) } };
}

/**
 * A batch of 2–8 content ops, each generated against the doc as the ones before it left it (a batch that adds a post
 * and its indicators and balances them). With `poison`, one sub-op refers to nothing, so the host must refuse it all.
 */
export function randomBatch(rng: Seeded, doc: WorkshopDoc, poison = false): Content & { type: 'batch' } {
  const ops: SubOp[] = [];
  let local = doc;
  const size = rng.int(2, 8);
  for (let n = 0; ops.length < size && n < size * 4; n++) {
    const op = randomContentOp(rng, local);
    if (op.type === 'batch') continue;
    try {
      local = applyEffect(local, reduce(local, { ...op, opId: 'predicted' } as ContentOp, new Date().toISOString()));
      ops.push(op as SubOp);
    } catch {
      // Not valid right after the ones before it: leave it out of this batch.
    }
  }
  if (poison) {
    const at = rng.int(0, ops.length);
    ops.splice(at, 0, { type: 'indicator.remove', payload: { workshopId: doc.workshop.id, indicatorId: rng.id() } });
  }
  return { type: 'batch', payload: { workshopId: doc.workshop.id, ops } };
}
