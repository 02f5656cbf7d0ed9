import type { WorkshopDoc } from '../../core/doc.ts';
import type { SubOp } from '../../protocol/ops.ts';
import type { Card, Link } from './schemas.ts';

type Of<T extends SubOp['type']> = Extract<SubOp, { type: T }>['payload'];

const cardFields = ({ id: _id, artifactId: _a, stageId: _s, order: _o, ...fields }: Card) => fields;
const addCard = (workshopId: string, c: Card): SubOp => ({ type: 'card.add', payload: { workshopId, stageId: c.stageId, cardId: c.id, fields: cardFields(c), order: c.order } });
const addLink = (workshopId: string, l: Link): SubOp => ({ type: 'link.add', payload: { workshopId, linkId: l.id, from: l.from, to: l.to } });
const linksOf = (doc: WorkshopDoc, cardIds: Set<string>) => Object.values(doc.journeyLinks).filter((l) => cardIds.has(l.from) || cardIds.has(l.to));

/** The old values of the keys a patch sets, so applying them puts the entity back. */
const before = <E extends object>(entity: E, patch: object): Partial<E> =>
  Object.fromEntries(Object.keys(patch).map((k) => [k, entity[k as keyof E]])) as Partial<E>;

/**
 * The ops that undo `op`, computed from the doc as confirmed before it (a user's undo restores what they saw, not
 * what a prediction guessed); null when the op changed nothing undoable (its target was gone already). Removals come
 * back with their ids, order and arrows, so a redo after an undo finds the same entities.
 */
export function inverseOps(doc: WorkshopDoc, op: SubOp): SubOp[] | null {
  const w = op.payload.workshopId;
  switch (op.type) {
    case 'card.add':
      return [{ type: 'card.remove', payload: { workshopId: w, cardId: (op.payload as Of<'card.add'>).cardId } }];
    case 'card.update': {
      const p = op.payload as Of<'card.update'>;
      const card = doc.journeyCards[p.cardId];
      return card ? [{ type: 'card.update', payload: { workshopId: w, cardId: p.cardId, patch: before(cardFields(card), p.patch) } }] : null;
    }
    case 'card.move': {
      const card = doc.journeyCards[(op.payload as Of<'card.move'>).cardId];
      return card ? [{ type: 'card.move', payload: { workshopId: w, cardId: card.id, stageId: card.stageId, order: card.order } }] : null;
    }
    case 'card.remove': {
      const card = doc.journeyCards[(op.payload as Of<'card.remove'>).cardId];
      return card ? [addCard(w, card), ...linksOf(doc, new Set([card.id])).map((l) => addLink(w, l))] : null;
    }
    case 'stage.add':
      return [{ type: 'stage.remove', payload: { workshopId: w, stageId: (op.payload as Of<'stage.add'>).stageId } }];
    case 'stage.update': {
      const p = op.payload as Of<'stage.update'>;
      const stage = doc.journeyStages[p.stageId];
      return stage ? [{ type: 'stage.update', payload: { workshopId: w, stageId: stage.id, patch: { name: stage.name } } }] : null;
    }
    case 'stage.move': {
      const stage = doc.journeyStages[(op.payload as Of<'stage.move'>).stageId];
      return stage ? [{ type: 'stage.move', payload: { workshopId: w, stageId: stage.id, order: stage.order } }] : null;
    }
    case 'stage.remove': {
      const stage = doc.journeyStages[(op.payload as Of<'stage.remove'>).stageId];
      if (!stage) return null;
      const cards = Object.values(doc.journeyCards).filter((c) => c.stageId === stage.id);
      return [
        { type: 'stage.add', payload: { workshopId: w, artifactId: stage.artifactId, stageId: stage.id, fields: { name: stage.name }, order: stage.order } },
        ...cards.map((c) => addCard(w, c)),
        ...linksOf(doc, new Set(cards.map((c) => c.id))).map((l) => addLink(w, l)),
      ];
    }
    case 'link.add':
      return [{ type: 'link.remove', payload: { workshopId: w, linkId: (op.payload as Of<'link.add'>).linkId } }];
    case 'link.remove': {
      const link = doc.journeyLinks[(op.payload as Of<'link.remove'>).linkId];
      return link ? [addLink(w, link)] : null;
    }
    case 'measure.add':
      return [{ type: 'measure.remove', payload: { workshopId: w, measureId: (op.payload as Of<'measure.add'>).measureId } }];
    case 'measure.update': {
      const p = op.payload as Of<'measure.update'>;
      const m = doc.strategyMeasures[p.measureId];
      return m ? [{ type: 'measure.update', payload: { workshopId: w, measureId: m.id, patch: before(m, p.patch) } }] : null;
    }
    case 'measure.move': {
      const m = doc.strategyMeasures[(op.payload as Of<'measure.move'>).measureId];
      return m ? [{ type: 'measure.move', payload: { workshopId: w, measureId: m.id, element: m.element, order: m.order } }] : null;
    }
    case 'measure.remove': {
      const m = doc.strategyMeasures[(op.payload as Of<'measure.remove'>).measureId];
      if (!m) return null;
      const { id, artifactId, element, order, ...fields } = m;
      return [{ type: 'measure.add', payload: { workshopId: w, artifactId, measureId: id, element, fields, order } }];
    }
    default:
      return null;
  }
}
