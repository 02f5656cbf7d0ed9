import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { myResponse, pollNps } from '../../../shared/deliverables/activities/view.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { sentences } from '../../i18n/sentences.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useDocSelector, useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';
import { NpsResults } from './NpsResults.tsx';

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/** 0–10, one tap; tapping another score while the poll is open replaces the answer. */
export function NpsPoll({ activity }: { activity: Activity }) {
  const { t, lang } = useUi();
  const { workshopId, participantId } = useIdentity();
  const submit = useSubmit();
  const mine = useDocSelector(workshopId, (doc) => myResponse(doc, activity.id, participantId)?.score ?? null, [activity.id, participantId]);
  const result = useDocSelector(workshopId, (doc) => (activity.revealed ? pollNps(doc, activity.id) : null), [activity.id, activity.revealed]);
  const answer = (score: number) =>
    submit({ type: 'poll.answer', payload: { workshopId, activityId: activity.id, responseId: newId(), respondentId: participantId, score, ratings: [] } });
  return (
    <>
      <div className="p-scale" role="group" aria-label={t('participant.nps.scale')}>
        {SCORES.map((score) => (
          <button key={score} type="button" className="btn p-score" aria-pressed={mine === score} disabled={!activity.open} onClick={() => answer(score)}>
            {score}
          </button>
        ))}
      </div>
      <p className="p-scale-ends" aria-hidden="true">
        <span>{t('participant.nps.unlikely')}</span>
        <span>{t('participant.nps.likely')}</span>
      </p>
      <p className="p-answer" role="status">
        {mine === null ? t('participant.nps.notYet') : sentences(lang, t('participant.nps.mine', { score: mine }), activity.open && t('participant.canChange'))}
      </p>
      {result ? <NpsResults result={result} /> : null}
    </>
  );
}
