import { useState } from 'react';
import { RATING_MAX, RATING_MIN, type Activity, type Rating } from '../../../shared/deliverables/activities/schemas.ts';
import { myResponse, ratingGaps } from '../../../shared/deliverables/activities/view.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useDocSelector, useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';
import { completeRatings, type RatingDraft } from './rating-draft.ts';
import { RatingResults } from './RatingResults.tsx';

const POINTS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);
type Side = 'expectation' | 'perception';

/** Per dimension: what I expect and what I perceive, 1–7 each; sent together, and sent again to change it while open. */
export function RatingPoll({ activity }: { activity: Activity }) {
  const { t } = useUi();
  const { workshopId, participantId } = useIdentity();
  const submit = useSubmit();
  const sent = useDocSelector(workshopId, (doc) => myResponse(doc, activity.id, participantId)?.ratings ?? null, [activity.id, participantId]);
  const gaps = useDocSelector(workshopId, (doc) => (activity.revealed ? ratingGaps(doc, activity) : null), [activity]);
  const [draft, setDraft] = useState<RatingDraft>(() => Object.fromEntries((sent ?? []).map((r) => [r.dimension, r])));
  const ratings: Rating[] = completeRatings(draft, activity.dimensions.length);
  const changed = JSON.stringify(ratings) !== JSON.stringify(sent ?? []);

  const pick = (dimension: number, side: Side, value: number) => setDraft((d) => ({ ...d, [dimension]: { ...d[dimension], [side]: value } }));
  const send = () =>
    submit({ type: 'poll.answer', payload: { workshopId, activityId: activity.id, responseId: newId(), respondentId: participantId, score: null, ratings } });

  return (
    <>
      {activity.dimensions.map((dimension, index) => (
        <fieldset key={index} className="p-dimension" disabled={!activity.open}>
          <legend>{dimension}</legend>
          {(['expectation', 'perception'] as const).map((side) => (
            <div key={side} className="p-rating-row" role="group" aria-label={`${dimension} · ${t(`participant.rating.${side}`)}`}>
              <span className="p-rating-side">{t(`participant.rating.${side}`)}</span>
              <span className="p-rating-points">
                {POINTS.map((n) => (
                  <button key={n} type="button" className="btn p-point" aria-pressed={draft[index]?.[side] === n} onClick={() => pick(index, side, n)}>
                    {n}
                  </button>
                ))}
              </span>
            </div>
          ))}
        </fieldset>
      ))}
      <p className="field-hint">{t('participant.rating.scale', { min: RATING_MIN, max: RATING_MAX })}</p>
      {activity.open ? (
        <button type="button" className="btn btn-primary btn-large p-wide" disabled={ratings.length === 0 || !changed} onClick={send}>
          {sent ? t('participant.rating.resend') : t('participant.rating.send')}
        </button>
      ) : null}
      <p className="p-answer" role="status">
        {sent ? t('participant.rating.sent', { count: sent.length }) : t('participant.rating.notYet')}
      </p>
      {gaps ? <RatingResults gaps={gaps} /> : null}
    </>
  );
}
