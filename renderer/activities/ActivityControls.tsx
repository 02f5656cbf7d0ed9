import { useState, type KeyboardEvent } from 'react';
import type { Activity } from '../../shared/deliverables/activities/schemas.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useActiveActivityId, useAnswerCount } from './activity-hooks.ts';

interface Props {
  activity: Activity;
  /** Opens the big view of the results (left out where the results are already the projection). */
  onProject?(): void;
  /** Called after the activity is removed (to drop a selection of it). */
  onRemoved?(): void;
}

/**
 * Space and Enter press the focused button here; in the projection they must not also turn the slide, and keys typed
 * in the confirmation (Esc) must not leave the projection.
 */
export const keepActivationKeys = (e: KeyboardEvent<HTMLElement>) => {
  if (e.key === ' ' || e.key === 'Enter' || e.currentTarget.querySelector('dialog[open]')) e.stopPropagation();
};

/** What the trainer does with a running activity: close or reopen it, reveal or hide its results, put it on every phone, remove it. */
export function ActivityControls({ activity, onProject, onRemoved }: Props) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const activeId = useActiveActivityId();
  const answers = useAnswerCount(activity);
  const [confirming, setConfirming] = useState(false);
  const active = activeId === activity.id;
  const update = (patch: { open?: boolean; revealed?: boolean }) =>
    submit({ type: 'activity.update', payload: { workshopId, activityId: activity.id, patch } });
  const setActive = (activityId: string | null) => submit({ type: 'classroom.update', payload: { workshopId, patch: { activeActivityId: activityId } } });

  return (
    <div className="act-controls" role="group" aria-label={t('activities.controls.label')} onKeyDown={keepActivationKeys}>
      <button type="button" className={active ? 'btn' : 'btn btn-primary'} aria-pressed={active} onClick={() => setActive(active ? null : activity.id)}>
        {active ? t('activities.controls.stopActive') : t('activities.controls.makeActive')}
      </button>
      <button type="button" className="btn" onClick={() => update({ open: !activity.open })}>
        {activity.open ? t('activities.controls.close') : t('activities.controls.reopen')}
      </button>
      <button type="button" className="btn" aria-pressed={activity.revealed} onClick={() => update({ revealed: !activity.revealed })}>
        {activity.revealed ? t('activities.controls.hide') : t('activities.controls.reveal')}
      </button>
      {onProject ? (
        <button type="button" className="btn" onClick={onProject}>
          {t('activities.controls.project')}
        </button>
      ) : null}
      <button type="button" className="btn btn-danger-outline" onClick={() => setConfirming(true)}>
        {t('activities.controls.remove')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('activities.controls.removeTitle')}
          message={t(`activities.controls.removeConfirm.${activity.kind}`, { prompt: activity.prompt, count: answers })}
          confirmLabel={t('activities.controls.removeSubmit')}
          onConfirm={() => {
            submit({ type: 'activity.remove', payload: { workshopId, activityId: activity.id } });
            onRemoved?.();
          }}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
