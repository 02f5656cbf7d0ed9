import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import type { WorkshopDoc } from '../../core/doc.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { freeId } from '../workshop/ops.ts';
import { removeCard, removeStage } from './content.ts';
import { JOURNEY_LIMITS } from './limits.ts';
import { CardFields, StageFields } from './schemas.ts';

const inWorkshop = <S extends z.ZodRawShape>(shape: S) => z.object({ workshopId: Id, ...shape }).strict();

const unknown = (what: string, id: string) => refuse({ code: 'unknownEntity', detail: `${what} ${id} does not exist` });
const needStage = (tx: Tx, id: string) => tx.get('journeyStages', id) ?? unknown('stage', id);
const needCard = (tx: Tx, id: string) => tx.get('journeyCards', id) ?? unknown('card', id);
const needLink = (tx: Tx, id: string) => tx.get('journeyLinks', id) ?? unknown('link', id);

const needJourney = (tx: Tx, artifactId: string) => {
  const artifact = tx.get('artifacts', artifactId);
  return artifact?.deliverable === 'journey' ? artifact : unknown('journey', artifactId);
};

const limit = (count: number, max: number) => {
  if (count >= max) refuse({ code: 'limitReached', limit: max });
};

/** Who owns a journey's parts: its artifact's team (null: the whole workshop; undefined: no such thing). */
const teamOfArtifact = (doc: WorkshopDoc, artifactId: string | undefined) =>
  artifactId === undefined ? undefined : doc.artifacts[artifactId]?.teamId;
const teamOfStage = (doc: WorkshopDoc, id: string) => teamOfArtifact(doc, doc.journeyStages[id]?.artifactId);
const teamOfCard = (doc: WorkshopDoc, id: string) => teamOfArtifact(doc, doc.journeyCards[id]?.artifactId);
const teamOfLink = (doc: WorkshopDoc, id: string) => teamOfArtifact(doc, doc.journeyLinks[id]?.artifactId);

/** 成果2 (journey script): stages as columns, moment-of-truth cards in them, arrows between cards. */
export const journeyOps = {
  'stage.add': defineOp({
    payload: inWorkshop({ artifactId: Id, stageId: Id, fields: StageFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => teamOfArtifact(doc, artifactId),
    apply(tx, { artifactId, stageId, fields, order }) {
      needJourney(tx, artifactId);
      freeId(tx, 'journeyStages', stageId);
      const stages = tx.where('journeyStages', (s) => s.artifactId === artifactId);
      limit(stages.length, JOURNEY_LIMITS.stagesPerJourney);
      tx.put('journeyStages', { id: stageId, artifactId, ...fields, order: order ?? keyAfterLast(stages) });
    },
  }),
  'stage.update': defineOp({
    payload: inWorkshop({ stageId: Id, patch: StageFields.partial() }),
    who: 'editor',
    ownerTeam: ({ stageId }, doc) => teamOfStage(doc, stageId),
    apply(tx, { stageId, patch }) {
      tx.put('journeyStages', { ...needStage(tx, stageId), ...patch });
    },
    touched: ({ stageId, patch }) => patchFields(stageId, patch),
  }),
  'stage.move': defineOp({
    payload: inWorkshop({ stageId: Id, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ stageId }, doc) => teamOfStage(doc, stageId),
    apply(tx, { stageId, order }) {
      tx.put('journeyStages', { ...needStage(tx, stageId), order });
    },
  }),
  'stage.remove': defineOp({
    payload: inWorkshop({ stageId: Id }),
    who: 'editor',
    ownerTeam: ({ stageId }, doc) => teamOfStage(doc, stageId),
    apply(tx, { stageId }) {
      needStage(tx, stageId);
      removeStage(tx, stageId);
    },
  }),
  'card.add': defineOp({
    payload: inWorkshop({ stageId: Id, cardId: Id, fields: CardFields, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ stageId }, doc) => teamOfStage(doc, stageId),
    apply(tx, { stageId, cardId, fields, order }) {
      const stage = needStage(tx, stageId);
      freeId(tx, 'journeyCards', cardId);
      limit(tx.where('journeyCards', (c) => c.artifactId === stage.artifactId).length, JOURNEY_LIMITS.cardsPerJourney);
      const place = order ?? keyAfterLast(tx.where('journeyCards', (c) => c.stageId === stageId));
      tx.put('journeyCards', { id: cardId, artifactId: stage.artifactId, stageId, ...fields, order: place });
    },
  }),
  'card.update': defineOp({
    payload: inWorkshop({ cardId: Id, patch: CardFields.partial() }),
    who: 'editor',
    ownerTeam: ({ cardId }, doc) => teamOfCard(doc, cardId),
    apply(tx, { cardId, patch }) {
      tx.put('journeyCards', { ...needCard(tx, cardId), ...patch });
    },
    touched: ({ cardId, patch }) => patchFields(cardId, patch),
  }),
  /** To another place in its stage or into another stage of the same journey (a drag on the map). */
  'card.move': defineOp({
    payload: inWorkshop({ cardId: Id, stageId: Id, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ cardId }, doc) => teamOfCard(doc, cardId),
    apply(tx, { cardId, stageId, order }) {
      const card = needCard(tx, cardId);
      const stage = needStage(tx, stageId);
      if (stage.artifactId !== card.artifactId) refuse({ code: 'wrongWorkshop', detail: 'a card moves only within its own journey' });
      tx.put('journeyCards', { ...card, stageId, order });
    },
  }),
  'card.remove': defineOp({
    payload: inWorkshop({ cardId: Id }),
    who: 'editor',
    ownerTeam: ({ cardId }, doc) => teamOfCard(doc, cardId),
    apply(tx, { cardId }) {
      needCard(tx, cardId);
      removeCard(tx, cardId);
    },
  }),
  'link.add': defineOp({
    payload: inWorkshop({ linkId: Id, from: Id, to: Id }),
    who: 'editor',
    ownerTeam: ({ from }, doc) => teamOfCard(doc, from),
    apply(tx, { linkId, from, to }) {
      const [a, b] = [needCard(tx, from), needCard(tx, to)];
      if (from === to) refuse({ code: 'invalid', path: 'payload.to', rule: 'selfLink', detail: 'a card cannot point at itself' });
      if (a.artifactId !== b.artifactId) refuse({ code: 'wrongWorkshop', detail: 'both cards must be in one journey' });
      freeId(tx, 'journeyLinks', linkId);
      const links = tx.where('journeyLinks', (l) => l.artifactId === a.artifactId);
      if (links.some((l) => l.from === from && l.to === to)) refuse({ code: 'duplicateId', detail: 'these cards are linked already' });
      limit(links.length, JOURNEY_LIMITS.linksPerJourney);
      tx.put('journeyLinks', { id: linkId, artifactId: a.artifactId, from, to });
    },
  }),
  'link.remove': defineOp({
    payload: inWorkshop({ linkId: Id }),
    who: 'editor',
    ownerTeam: ({ linkId }, doc) => teamOfLink(doc, linkId),
    apply(tx, { linkId }) {
      needLink(tx, linkId);
      tx.del('journeyLinks', linkId);
    },
  }),
};
