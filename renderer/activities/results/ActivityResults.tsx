import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { useUi } from '../../i18n/useUi.ts';
import { BrainstormWall } from './BrainstormWall.tsx';
import { DotVoteTally } from './DotVoteTally.tsx';
import { NpsResults } from './NpsResults.tsx';
import { RatingResults } from './RatingResults.tsx';

/** One activity's prompt and live results, as the kind shows them; `projector` hides what the room may not see yet. */
export function ActivityResults({ activity, projector = false }: { activity: Activity; projector?: boolean }) {
  const { t } = useUi();
  return (
    <section className={projector ? 'act-results act-results-projector' : 'act-results'} aria-label={t('activities.results.label', { kind: t(`activities.kind.${activity.kind}`) })} data-testid="activity-results">
      <h3 className="act-prompt">{activity.prompt}</h3>
      {activity.kind === 'brainstorm' ? <BrainstormWall brainstorm={activity} /> : null}
      {activity.kind === 'dotVote' ? <DotVoteTally vote={activity} projector={projector} /> : null}
      {activity.kind === 'npsPoll' ? <NpsResults poll={activity} /> : null}
      {activity.kind === 'ratingPoll' ? <RatingResults poll={activity} /> : null}
    </section>
  );
}
