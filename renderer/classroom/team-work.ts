import type { WorkshopDoc } from '../../shared/core/doc.ts';
import { sortByOrder } from '../../shared/core/order.ts';
import type { Indicator, Post } from '../../shared/domain/standard.ts';
import { homeworkPlan, type HomeworkPlan } from '../../shared/deliverables/homework/view.ts';
import { journeyView } from '../../shared/deliverables/journey/view.ts';
import type { Card } from '../../shared/deliverables/journey/schemas.ts';
import { STRATEGY_ELEMENTS, type Measure, type StrategyElement } from '../../shared/deliverables/motStrategy/schemas.ts';
import { standardState } from '../../shared/deliverables/standard/view.ts';
import type { Artifact, DeliverableId } from '../../shared/deliverables/workshop/schemas.ts';

/** What the projector can compare across teams, in the order of the number keys. */
export const COMPARE_TOPICS = ['journey', 'standard', 'homework', 'motStrategy'] as const satisfies readonly DeliverableId[];
export type CompareTopic = (typeof COMPARE_TOPICS)[number];

export interface JourneyWork {
  artifact: Artifact;
  /** The moments in the order the customer lives them, each with its stage's name. */
  moments: { card: Card; stage: string }[];
}
export interface StandardWork {
  artifact: Artifact;
  posts: { post: Post; indicators: Indicator[] }[];
}
export interface HomeworkWork {
  artifact: Artifact;
  plan: HomeworkPlan;
}
export interface StrategyWork {
  artifact: Artifact;
  /** Only the elements the team wrote measures for. */
  elements: { element: StrategyElement; measures: Measure[] }[];
}
/** One team's work on one topic; the topic tells which kind of work it is. */
export type TopicWork =
  | { topic: 'journey'; works: JourneyWork[] }
  | { topic: 'standard'; works: StandardWork[] }
  | { topic: 'homework'; works: HomeworkWork[] }
  | { topic: 'motStrategy'; works: StrategyWork[] };

const teamArtifacts = (doc: WorkshopDoc, teamId: string, deliverable: CompareTopic): Artifact[] =>
  sortByOrder(Object.values(doc.artifacts).filter((a) => a.teamId === teamId && a.deliverable === deliverable));

/** One team's work on one topic as ordered lists, for a read-only column on the projector. */
export function teamWork(doc: WorkshopDoc, teamId: string, topic: CompareTopic): TopicWork {
  const artifacts = teamArtifacts(doc, teamId, topic);
  switch (topic) {
    case 'journey':
      return {
        topic,
        works: artifacts.map((artifact) => ({
          artifact,
          moments: journeyView(doc, artifact.id).stages.flatMap(({ stage, cards }) => cards.map((card) => ({ card, stage: stage.name }))),
        })),
      };
    case 'standard':
      return {
        topic,
        works: artifacts.map((artifact) => {
          const { posts, indicators } = standardState(doc, artifact.id);
          return { artifact, posts: posts.map((post) => ({ post, indicators: indicators.filter((i) => i.postId === post.id) })) };
        }),
      };
    case 'homework':
      return { topic, works: artifacts.map((artifact) => ({ artifact, plan: homeworkPlan(doc, artifact.id) })) };
    case 'motStrategy':
      return {
        topic,
        works: artifacts.map((artifact) => {
          const measures = sortByOrder(Object.values(doc.strategyMeasures).filter((m) => m.artifactId === artifact.id));
          const elements = STRATEGY_ELEMENTS.map((element) => ({ element, measures: measures.filter((m) => m.element === element) }));
          return { artifact, elements: elements.filter((e) => e.measures.length > 0) };
        }),
      };
  }
}
