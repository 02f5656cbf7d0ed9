import { sortByOrder } from '../../shared/core/order.ts';
import { defaultClassroom, type Classroom, type Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { Activity } from '../../shared/deliverables/activities/schemas.ts';
import type { AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import type { Team } from '../../shared/deliverables/workshop/schemas.ts';
import { useDocSelector } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useIdentity } from './ParticipantContext.tsx';

/** My participant row as the room stands (the trainer may move or rename me); null once I am removed. */
export function useMe(): Participant | null {
  const { workshopId, participantId } = useIdentity();
  return useDocSelector(workshopId, (doc) => doc.participants[participantId] ?? null, [participantId]) ?? null;
}

export function useClassroom(): Classroom {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => doc.classrooms[workshopId] ?? null) ?? defaultClassroom(workshopId);
}

export function useRoomTeams(): Team[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.teams))) ?? [];
}

/** The activity the trainer put on every phone, or null. */
export function useActiveActivity(): Activity | null {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(workshopId, (doc) => {
      const id = doc.classrooms[workshopId]?.activeActivityId;
      return (id && doc.activities[id]) || null;
    }) ?? null
  );
}

export function useCurrentStep(): AgendaStep | null {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(workshopId, (doc) => {
      const id = doc.agendaClocks[workshopId]?.currentStepId;
      return (id && doc.agendaSteps[id]) || null;
    }) ?? null
  );
}

/** Whether the exercise timer has been set (a room that never used it shows none). */
export function useTimerSet(): boolean {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => (doc.agendaClocks[workshopId]?.timerMs ?? 0) > 0) ?? false;
}
