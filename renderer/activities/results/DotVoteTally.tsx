import type { Activity } from '../../../shared/deliverables/activities/schemas.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useTally, useVoterCount } from '../activity-hooks.ts';

/**
 * A dot vote's tally, most dots first. The trainer's own screen always sees it (marked as theirs alone until revealed);
 * the projector shows only how many have voted until the trainer reveals it, so the room's votes are not swayed.
 */
export function DotVoteTally({ vote, projector }: { vote: Activity; projector: boolean }) {
  const { t } = useUi();
  const tally = useTally(vote);
  const voters = useVoterCount(vote.id);
  if (projector && !vote.revealed) {
    return (
      <div className="act-hidden" data-testid="activity-hidden" role="status">
        <strong>{t('activities.results.hiddenTitle')}</strong>
        <span>{t('activities.results.hiddenBody', { count: voters })}</span>
      </div>
    );
  }
  const max = Math.max(1, ...tally.map((x) => x.votes));
  return (
    <div className="act-tally-box">
      {vote.revealed ? null : <p className="act-trainer-only">{t('activities.results.trainerOnly')}</p>}
      {tally.length === 0 ? (
        <p className="placeholder">{t('activities.results.noVoteNotes')}</p>
      ) : (
        <ol className="act-tally" data-testid="activity-tally">
          {tally.map(({ note, votes }) => (
            <li key={note.id} className="act-tally-row">
              <span className="act-tally-text">{note.text}</span>
              <span className="act-tally-bar" aria-hidden="true">
                <span style={{ width: `${(votes / max) * 100}%` }} />
              </span>
              <strong className="act-tally-count">{t('activities.results.dots', { count: votes })}</strong>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
