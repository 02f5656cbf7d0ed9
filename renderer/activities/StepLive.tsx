import { useConnection } from '../sync/hooks.ts';
import { useActiveActivityId, useActivity, useStepActivities } from './activity-hooks.ts';
import { ActivityControls } from './ActivityControls.tsx';
import { ActivityResults } from './results/ActivityResults.tsx';
import './activities.css';

/**
 * What the projection shows of a step's activities: the room's active one if it is this step's, else the step's newest
 * open one; once closed and off the phones, the step's points come back.
 */
export function useStepLiveId(stepId: string | null): string | null {
  const activeId = useActiveActivityId();
  const started = useStepActivities(stepId);
  if (started.some((a) => a.id === activeId)) return activeId;
  return started.find((a) => a.open)?.id ?? null;
}

/** A step's live results in the projection, large, with the trainer's controls beneath (no hidden hover controls). */
export function StepLive({ activityId }: { activityId: string }) {
  const activity = useActivity(activityId);
  const { role } = useConnection();
  if (!activity) return null;
  return (
    <div className="act-live">
      <ActivityResults activity={activity} projector />
      {role === 'trainer' ? <ActivityControls activity={activity} /> : null}
    </div>
  );
}
