import type { ComponentType } from 'react';
import { PlaybookScreen } from '../playbook/PlaybookScreen.tsx';
import { AgendaScreen } from '../course/AgendaScreen.tsx';
import { HomeworkBoard } from '../homework/HomeworkBoard.tsx';
import { StandardEditor } from '../standard/StandardEditor.tsx';
import { JourneyScreen } from '../journey/JourneyScreen.tsx';
import { StrategyScreen } from '../motStrategy/StrategyScreen.tsx';

/**
 * The course deliverables a workshop builds, in course order. Each is a screen under the workshop that reads
 * the workshop from WorkshopContext; its labels are `deliverable.<id>.short` and `deliverable.<id>.title`.
 * Later deliverables (8-factor action plan, journey script, MOT strategy, complaint playbook) are added here.
 */
export interface Deliverable {
  id: string;
  Screen: ComponentType;
}

export const DELIVERABLES: readonly Deliverable[] = [
  { id: 'standard', Screen: StandardEditor },
  { id: 'playbook', Screen: PlaybookScreen },
  { id: 'homework', Screen: HomeworkBoard },
  { id: 'agenda', Screen: AgendaScreen },
  { id: 'journey', Screen: JourneyScreen },
  { id: 'motStrategy', Screen: StrategyScreen },
];

export const findDeliverable = (id: string | null): Deliverable => DELIVERABLES.find((d) => d.id === id) ?? DELIVERABLES[0]!;
