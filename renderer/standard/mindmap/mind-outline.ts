import { DIMENSIONS, type Dimension } from '../../../shared/domain/dimensions.ts';
import { dimensionNodeId } from '../../../shared/charts/mindmap-layout.ts';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import { indicatorsOf } from '../../../shared/rules/weights.ts';

/** One topic of a post's map, in reading order: what the keyboard walks through. */
export type Topic =
  | { kind: 'post'; id: string; postId: string }
  | { kind: 'dimension'; id: string; postId: string; dimension: Dimension }
  | { kind: 'indicator'; id: string; postId: string; dimension: Dimension };

/** The visible topics of one post, top to bottom (a folded dimension hides its indicators). */
export function outline(state: WorkshopState, postId: string, collapsed: ReadonlySet<string>): Topic[] {
  const topics: Topic[] = [{ kind: 'post', id: postId, postId }];
  for (const dimension of DIMENSIONS) {
    const id = dimensionNodeId(postId, dimension);
    topics.push({ kind: 'dimension', id, postId, dimension });
    if (collapsed.has(id)) continue;
    for (const i of indicatorsOf(state.indicators, postId, dimension)) topics.push({ kind: 'indicator', id: i.id, postId, dimension });
  }
  return topics;
}

export type MindAction =
  | { kind: 'select'; id: string }
  | { kind: 'addChild' }
  | { kind: 'addSibling' }
  | { kind: 'rename' }
  | { kind: 'weight'; seed: string }
  | { kind: 'remove' }
  | { kind: 'fold'; id: string; fold: boolean }
  | { kind: 'none' };

/**
 * The mind-map keys XMind users know: arrows move (← to the parent or folds, → to the first child or unfolds), Tab adds
 * a child, Enter a sibling, F2 renames, Del removes, Space folds; typing a digit sets the weight.
 */
export function mindKey(key: string, topics: readonly Topic[], selectedId: string, collapsed: ReadonlySet<string>): MindAction {
  const at = topics.findIndex((t) => t.id === selectedId);
  const topic = topics[at];
  if (!topic) return topics[0] ? { kind: 'select', id: topics[0].id } : { kind: 'none' };
  const parentId = topic.kind === 'indicator' ? topics.slice(0, at).reverse().find((t) => t.kind === 'dimension')!.id : topic.kind === 'dimension' ? topic.postId : null;
  switch (key) {
    case 'ArrowUp':
      return at > 0 ? { kind: 'select', id: topics[at - 1]!.id } : { kind: 'none' };
    case 'ArrowDown':
      return at < topics.length - 1 ? { kind: 'select', id: topics[at + 1]!.id } : { kind: 'none' };
    case 'ArrowLeft':
      if (topic.kind === 'dimension' && !collapsed.has(topic.id) && topics[at + 1]?.kind === 'indicator') return { kind: 'fold', id: topic.id, fold: true };
      return parentId ? { kind: 'select', id: parentId } : { kind: 'none' };
    case 'ArrowRight':
      if (topic.kind === 'dimension' && collapsed.has(topic.id)) return { kind: 'fold', id: topic.id, fold: false };
      return topic.kind !== 'indicator' && topics[at + 1] && topics[at + 1]!.kind !== topic.kind ? { kind: 'select', id: topics[at + 1]!.id } : { kind: 'none' };
    case ' ':
      return topic.kind === 'dimension' ? { kind: 'fold', id: topic.id, fold: !collapsed.has(topic.id) } : { kind: 'none' };
    case 'Tab':
      return { kind: 'addChild' };
    case 'Enter':
      return { kind: 'addSibling' };
    case 'F2':
      return { kind: 'rename' };
    case 'Delete':
    case 'Backspace':
      return topic.kind === 'indicator' ? { kind: 'remove' } : { kind: 'none' };
  }
  if (/^[0-9]$/.test(key) && topic.kind !== 'post') return { kind: 'weight', seed: key };
  return { kind: 'none' };
}
