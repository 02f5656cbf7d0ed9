import { homeworkArtifactId } from '../../shared/deliverables/homework/schemas.ts';
import { homeworkPlan, type HomeworkPlan } from '../../shared/deliverables/homework/view.ts';
import { useDocSelector } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/** Whether the workshop's homework board exists yet (it is made the first time someone opens it). */
export function useHomeworkExists(): boolean {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => Boolean(doc.artifacts[homeworkArtifactId(workshopId)])) ?? false;
}

/** The board as ordered lists; re-renders when any department or action changes. */
export function useHomeworkPlan(): HomeworkPlan | null {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => homeworkPlan(doc));
}
