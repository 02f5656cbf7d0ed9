import type { WorkshopDoc } from '../../core/doc.ts';
import { sortByOrder } from '../../core/order.ts';
import type { Card, Link, Stage } from './schemas.ts';

export interface StageView {
  stage: Stage;
  cards: Card[];
}

/** One journey map as the screens, the rules and the Word file read it: stages in order, each with its cards in order. */
export interface JourneyView {
  artifactId: string;
  stages: StageView[];
  links: Link[];
}

export function journeyView(doc: WorkshopDoc, artifactId: string): JourneyView {
  const stages = sortByOrder(Object.values(doc.journeyStages).filter((s) => s.artifactId === artifactId));
  const byStage = new Map<string, Card[]>(stages.map((s) => [s.id, []]));
  for (const c of Object.values(doc.journeyCards)) byStage.get(c.stageId)?.push(c);
  return {
    artifactId,
    stages: stages.map((stage) => ({ stage, cards: sortByOrder(byStage.get(stage.id) ?? []) })),
    links: Object.values(doc.journeyLinks).filter((l) => l.artifactId === artifactId),
  };
}

/** The moments in the order the customer lives them: stage by stage, top to bottom. */
export const journeySequence = (view: JourneyView): Card[] => view.stages.flatMap((s) => s.cards);
