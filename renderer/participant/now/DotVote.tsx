import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { dotVoteTally, myVotes } from '../../../shared/deliverables/activities/view.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useDocSelector, useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';
import { Bar } from './Bar.tsx';

/** The brainstorm's notes, each with my dots on it (+ places one, − takes one back), and how many dots I have left. */
export function DotVote({ activity }: { activity: Activity }) {
  const { t } = useUi();
  const { workshopId, participantId } = useIdentity();
  const submit = useSubmit();
  const tally = useDocSelector(workshopId, (doc) => dotVoteTally(doc, activity), [activity]) ?? [];
  const mine = useDocSelector(workshopId, (doc) => myVotes(doc, activity.id, participantId), [activity.id, participantId]) ?? [];
  const left = activity.votesPerPerson - mine.length;
  const most = Math.max(1, ...tally.map((x) => x.votes));
  // Before the reveal the tally holds my dots only; the order must not give away anything, so notes keep their order.
  const rows = activity.revealed ? tally : [...tally].sort((a, b) => a.note.createdAt.localeCompare(b.note.createdAt) || a.note.id.localeCompare(b.note.id));

  const cast = (noteId: string) => submit({ type: 'vote.cast', payload: { workshopId, activityId: activity.id, voteId: newId(), noteId, voterId: participantId } });
  const retract = (noteId: string) => {
    const vote = mine.find((v) => v.noteId === noteId);
    if (vote) submit({ type: 'vote.retract', payload: { workshopId, voteId: vote.id } });
  };

  return (
    <>
      <p className="p-dots-left" role="status">
        {t('participant.vote.left', { left, total: activity.votesPerPerson })}
      </p>
      <ul className="p-notes">
        {rows.map(({ note, votes }) => {
          const myDots = mine.filter((v) => v.noteId === note.id).length;
          return (
            <li key={note.id} className="p-note p-vote-note">
              <p className="p-note-text">{note.text}</p>
              <div className="p-vote-controls" role="group" aria-label={t('participant.vote.on', { text: note.text.slice(0, 40) })}>
                <button type="button" className="btn btn-icon" disabled={!activity.open || myDots === 0} aria-label={t('participant.vote.retract')} onClick={() => retract(note.id)}>
                  −
                </button>
                <span className="p-my-dots" aria-label={t('participant.vote.mine', { count: myDots })}>
                  {'●'.repeat(myDots) || '○'}
                </span>
                <button type="button" className="btn btn-icon" disabled={!activity.open || left <= 0} aria-label={t('participant.vote.cast')} onClick={() => cast(note.id)}>
                  ＋
                </button>
              </div>
              {activity.revealed ? <Bar label={t('participant.vote.dots')} value={votes} max={most} text={String(votes)} /> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
