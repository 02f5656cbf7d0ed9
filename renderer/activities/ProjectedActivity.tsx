import { useEffect, useRef } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useActivity } from './activity-hooks.ts';
import { ActivityResults } from './results/ActivityResults.tsx';
import './activities.css';

/**
 * One activity's results over the whole window, for the projector: what the room may see, nothing of the trainer's
 * screen; the reveal is at hand, so the trainer need not leave the projection to show a vote's result.
 */
export function ProjectedActivity({ activityId, onClose }: { activityId: string; onClose(): void }) {
  const { t } = useUi();
  const activity = useActivity(activityId);
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const root = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    root.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="act-projection projector" ref={root} tabIndex={-1} role="region" aria-label={t('activities.controls.project')} data-testid="activity-projection">
      {activity ? <ActivityResults activity={activity} projector /> : null}
      <footer className="act-projection-foot">
        {activity && activity.kind !== 'brainstorm' ? (
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={activity.revealed}
            onClick={() => submit({ type: 'activity.update', payload: { workshopId, activityId: activity.id, patch: { revealed: !activity.revealed } } })}
          >
            {activity.revealed ? t('activities.controls.hide') : t('activities.controls.reveal')}
          </button>
        ) : null}
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('activities.controls.closeProjection')}
        </button>
      </footer>
    </div>
  );
}
