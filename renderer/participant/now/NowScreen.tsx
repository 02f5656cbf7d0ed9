import type { ComponentType } from 'react';
import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { TimerDisplay } from '../../course/Timer.tsx';
import '../../course/course.css';
import { stepContent } from '../../course/step-content.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useActiveActivity, useCurrentStep, useTimerSet } from '../room-hooks.ts';
import { Brainstorm } from './Brainstorm.tsx';
import { DotVote } from './DotVote.tsx';
import { NpsPoll } from './NpsPoll.tsx';
import { RatingPoll } from './RatingPoll.tsx';

const KIND_SCREENS: Record<Activity['kind'], ComponentType<{ activity: Activity }>> = {
  brainstorm: Brainstorm,
  dotVote: DotVote,
  npsPoll: NpsPoll,
  ratingPoll: RatingPoll,
};

/** What the room is doing now: the trainer's live activity, the exercise timer, or a calm wait with the step's title. */
export function NowScreen() {
  const { t, lang } = useUi();
  const activity = useActiveActivity();
  const step = useCurrentStep();
  const timerSet = useTimerSet();
  const Screen = activity ? KIND_SCREENS[activity.kind] : null;
  return (
    <section className="p-now" aria-labelledby="p-now-title">
      <h2 id="p-now-title" className="sr-only">
        {t('participant.tab.now')}
      </h2>
      {timerSet ? <TimerDisplay size="small" silent /> : null}
      {activity && Screen ? (
        <article className="p-card p-activity" aria-labelledby="p-activity-prompt">
          <p className="p-kind">{t(`participant.kind.${activity.kind}`)}</p>
          <h3 id="p-activity-prompt" className="p-prompt">
            {activity.prompt}
          </h3>
          {activity.open ? null : (
            <p className="p-closed" role="status">
              {t('participant.closed')}
            </p>
          )}
          <Screen key={activity.id} activity={activity} />
        </article>
      ) : (
        <div className="p-card p-waiting" role="status">
          {step ? <p className="p-waiting-step">{stepContent(step, lang).title}</p> : null}
          <p className="p-calm">{t('participant.waiting')}</p>
        </div>
      )}
    </section>
  );
}
