import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useIdentity } from './ParticipantContext.tsx';
import { useRoomTeams } from './room-hooks.ts';

/** For someone in no team yet: pick one (once; after that only the trainer moves people), or wait to be assigned. */
export function TeamPanel() {
  const { t } = useUi();
  const { workshopId, participantId } = useIdentity();
  const submit = useSubmit();
  const teams = useRoomTeams();
  return (
    <section className="p-card p-teams" aria-labelledby="p-teams-title">
      <h2 id="p-teams-title">{t('participant.team.choose')}</h2>
      {teams.length === 0 ? (
        <p className="p-calm">{t('participant.team.wait')}</p>
      ) : (
        <>
          <p className="field-hint">{t('participant.team.chooseHint')}</p>
          <ul className="p-team-list">
            {teams.map((team) => (
              <li key={team.id}>
                <button
                  type="button"
                  className="btn btn-large p-wide"
                  onClick={() => submit({ type: 'participant.chooseTeam', payload: { workshopId, participantId, teamId: team.id } })}
                >
                  {team.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
