import type { Activity } from '../../shared/deliverables/activities/schemas.ts';
import { useUi } from '../i18n/useUi.ts';
import { useAnswerCount } from './activity-hooks.ts';
import { ActivityState } from './ActivityState.tsx';

interface Props {
  activity: Activity;
  selected: boolean;
  active: boolean;
  stepTitle: string | null;
  onSelect(): void;
}

/** One activity in the list: its kind, prompt, state and how many answered, as one button that shows its results. */
export function ActivityListItem({ activity, selected, active, stepTitle, onSelect }: Props) {
  const { t } = useUi();
  const answers = useAnswerCount(activity);
  return (
    <li>
      <button type="button" className="act-item" aria-pressed={selected} onClick={onSelect} data-activity-id={activity.id}>
        <span className="act-kind">{t(`activities.kind.${activity.kind}`)}</span>
        <span className="act-item-prompt">{activity.prompt}</span>
        <ActivityState activity={activity} active={active} />
        <span className="act-item-meta">
          {t(`activities.screen.answers.${activity.kind}`, { count: answers })}
          {stepTitle ? ` · ${t('activities.screen.fromStep', { title: stepTitle })}` : ''}
        </span>
      </button>
    </li>
  );
}
