import { keyBetween } from '../shared/core/order.ts';
import { blankCard } from '../shared/deliverables/journey/schemas.ts';
import { newId } from '../shared/domain/ids.ts';
import type { SubOp } from '../shared/protocol/ops.ts';

export interface BigJourney {
  artifactId: string;
  stageIds: string[];
  cardIds: string[];
  /** Two batches (each under the batch limit): the map with its cards, then the arrows. */
  batches: SubOp[][];
}

/** A journey of `cards` moments spread over five stages, each linked to the next: the class's map at its largest. */
export function bigJourney(workshopId: string, cards: number): BigJourney {
  const artifactId = newId();
  const stageIds = Array.from({ length: 5 }, () => newId());
  const cardIds = Array.from({ length: cards }, () => newId());
  const map: SubOp[] = [{ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'journey', fields: { title: '', teamId: null } } }];
  let key: string | null = null;
  stageIds.forEach((stageId, i) => {
    key = keyBetween(key, null);
    map.push({ type: 'stage.add', payload: { workshopId, artifactId, stageId, fields: { name: `阶段 ${i + 1}` }, order: key } });
  });
  let cardKey: string | null = null;
  cardIds.forEach((cardId, i) => {
    cardKey = keyBetween(cardKey, null);
    const fields = { ...blankCard(`关键时刻 ${i + 1}：客户在前台等待办理`), owner: '前台接待', emotion: (i % 7) - 3, expectation: '办理快，说明清楚' };
    map.push({ type: 'card.add', payload: { workshopId, stageId: stageIds[i % 5], cardId, fields, order: cardKey } });
  });
  const links: SubOp[] = cardIds.slice(1).map((to, i) => ({ type: 'link.add', payload: { workshopId, linkId: newId(), from: cardIds[i], to } }));
  return { artifactId, stageIds, cardIds, batches: [map, links] };
}
