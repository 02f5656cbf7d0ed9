import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import type { WorkshopDoc } from '../../core/doc.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { freeId } from '../workshop/ops.ts';
import { MEASURES_PER_ELEMENT, MeasureFields, StrategyElement } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

const needMeasure = (tx: Tx, id: string) =>
  tx.get('strategyMeasures', id) ?? refuse({ code: 'unknownEntity', detail: `measure ${id} does not exist` });

const inElement = (tx: Tx, artifactId: string, element: string) =>
  tx.where('strategyMeasures', (m) => m.artifactId === artifactId && m.element === element);

const roomIn = (tx: Tx, artifactId: string, element: string) => {
  if (inElement(tx, artifactId, element).length >= MEASURES_PER_ELEMENT) refuse({ code: 'limitReached', limit: MEASURES_PER_ELEMENT });
};

const teamOfMeasure = (doc: WorkshopDoc, id: string) => {
  const m = doc.strategyMeasures[id];
  return m ? doc.artifacts[m.artifactId]?.teamId : undefined;
};

/** 成果3 (MOT implementation strategy): measures under each element of the MOT management model. */
export const strategyOps = {
  'measure.add': defineOp({
    payload: inWorkshop({ artifactId: Id, measureId: Id, element: StrategyElement, fields: MeasureFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => doc.artifacts[artifactId]?.teamId,
    apply(tx, { artifactId, measureId, element, fields, order }) {
      const artifact = tx.get('artifacts', artifactId);
      if (artifact?.deliverable !== 'motStrategy') refuse({ code: 'unknownEntity', detail: `strategy ${artifactId} does not exist` });
      freeId(tx, 'strategyMeasures', measureId);
      roomIn(tx, artifactId, element);
      const place = order ?? keyAfterLast(inElement(tx, artifactId, element));
      tx.put('strategyMeasures', { id: measureId, artifactId, element, ...fields, order: place });
    },
  }),
  'measure.update': defineOp({
    payload: inWorkshop({ measureId: Id, patch: MeasureFields.partial() }),
    who: 'editor',
    ownerTeam: ({ measureId }, doc) => teamOfMeasure(doc, measureId),
    apply(tx, { measureId, patch }) {
      tx.put('strategyMeasures', { ...needMeasure(tx, measureId), ...patch });
    },
    touched: ({ measureId, patch }) => patchFields(measureId, patch),
  }),
  'measure.move': defineOp({
    payload: inWorkshop({ measureId: Id, element: StrategyElement, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ measureId }, doc) => teamOfMeasure(doc, measureId),
    apply(tx, { measureId, element, order }) {
      const measure = needMeasure(tx, measureId);
      if (measure.element !== element) roomIn(tx, measure.artifactId, element);
      tx.put('strategyMeasures', { ...measure, element, order });
    },
  }),
  'measure.remove': defineOp({
    payload: inWorkshop({ measureId: Id }),
    who: 'editor',
    ownerTeam: ({ measureId }, doc) => teamOfMeasure(doc, measureId),
    apply(tx, { measureId }) {
      needMeasure(tx, measureId);
      tx.del('strategyMeasures', measureId);
    },
  }),
};
