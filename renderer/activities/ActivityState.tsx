import type { Activity } from '../../shared/deliverables/activities/schemas.ts';
import { useUi } from '../i18n/useUi.ts';

/** An activity's state in words and marks, never colour alone: open or closed, revealed or hidden, on the phones. */
export function ActivityState({ activity, active }: { activity: Activity; active: boolean }) {
  const { t } = useUi();
  return (
    <span className="act-state">
      {active ? <span className="act-badge act-badge-active">◉ {t('activities.state.active')}</span> : null}
      <span className={activity.open ? 'act-badge act-badge-open' : 'act-badge'}>{activity.open ? `● ${t('activities.state.open')}` : `■ ${t('activities.state.closed')}`}</span>
      {/* A brainstorm too: the phones show the whole wall of notes only once it is revealed. */}
      <span className="act-badge">{activity.revealed ? `✓ ${t('activities.state.revealed')}` : t('activities.state.hidden')}</span>
    </span>
  );
}
