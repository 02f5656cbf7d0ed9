import { keyBetween } from '../../shared/core/order.ts';
import { blankCard } from '../../shared/deliverables/journey/schemas.ts';
import { momentIn, type JourneyTemplate } from '../../shared/deliverables/journey/template.ts';
import { journeyWords } from '../../shared/deliverables/journey/words.ts';
import { newId } from '../../shared/domain/ids.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';

export interface JourneyStart {
  workshopId: string;
  artifactId: string;
  /** null: the whole workshop's map; else the team that owns it. */
  teamId: string | null;
  title: string;
  /** null: a blank map with the default stages. */
  template: JourneyTemplate | null;
  lang: Language;
  id?: () => string;
}

/**
 * The ops that create a journey map, to send as one batch (one transaction, one broadcast): the artifact, its stages
 * and, from a template, its moments in order with arrows from each moment to the next, all in the workshop's language.
 */
export function journeyStartOps({ workshopId, artifactId, teamId, title, template, lang, id = newId }: JourneyStart): SubOp[] {
  const ops: SubOp[] = [{ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'journey', fields: { title, teamId } } }];
  const stages = template
    ? template.stages.map((s) => ({ name: s.name[lang], moments: s.moments.map((moment) => momentIn(moment, lang)) }))
    : journeyWords(lang).defaultStages.map((name) => ({ name, moments: [] }));
  let stageKey: string | null = null;
  let previous: string | null = null;
  for (const stage of stages) {
    const stageId = id();
    stageKey = keyBetween(stageKey, null);
    ops.push({ type: 'stage.add', payload: { workshopId, artifactId, stageId, fields: { name: stage.name }, order: stageKey } });
    let cardKey: string | null = null;
    for (const moment of stage.moments) {
      const cardId = id();
      cardKey = keyBetween(cardKey, null);
      ops.push({ type: 'card.add', payload: { workshopId, stageId, cardId, fields: { ...blankCard(), ...moment }, order: cardKey } });
      if (previous) ops.push({ type: 'link.add', payload: { workshopId, linkId: id(), from: previous, to: cardId } });
      previous = cardId;
    }
  }
  return ops;
}
