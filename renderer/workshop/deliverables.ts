import type { ComponentType } from 'react';
import { PlaybookScreen } from '../playbook/PlaybookScreen.tsx';
import { AgendaScreen } from '../course/AgendaScreen.tsx';
import { HomeworkBoard } from '../homework/HomeworkBoard.tsx';
import { StandardEditor } from '../standard/StandardEditor.tsx';
import { JourneyScreen } from '../journey/JourneyScreen.tsx';
import { StrategyScreen } from '../motStrategy/StrategyScreen.tsx';
import { ClassroomScreen } from '../classroom/ClassroomScreen.tsx';
import { ActivitiesScreen } from '../activities/ActivitiesScreen.tsx';

/**
 * The screens of a workshop in course order: the agenda, then each deliverable as the course builds it (day 1: 成果1,
 * the homework; day 2: 成果2, 成果3, the complaint playbook). Each reads the workshop through the selector hooks; its
 * labels are `deliverable.<id>.short` and `deliverable.<id>.title`.
 */
export interface Deliverable {
  id: string;
  Screen: ComponentType;
}

export const DELIVERABLES: readonly Deliverable[] = [
  { id: 'agenda', Screen: AgendaScreen },
  { id: 'classroom', Screen: ClassroomScreen },
  { id: 'activities', Screen: ActivitiesScreen },
  { id: 'standard', Screen: StandardEditor },
  { id: 'homework', Screen: HomeworkBoard },
  { id: 'journey', Screen: JourneyScreen },
  { id: 'motStrategy', Screen: StrategyScreen },
  { id: 'playbook', Screen: PlaybookScreen },
];

/** Opening a workshop shows 成果1, where a class spends most of day 1; the agenda is one step away. */
const DEFAULT_ID = 'standard';

export const findDeliverable = (id: string | null): Deliverable =>
  DELIVERABLES.find((d) => d.id === id) ?? DELIVERABLES.find((d) => d.id === DEFAULT_ID)!;
