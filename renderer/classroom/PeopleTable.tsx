import { useState } from 'react';
import type { Participant } from '../../shared/deliverables/classroom/schemas.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useTeams } from '../journey/journey-hooks.ts';
import { useSubmit } from '../sync/hooks.ts';
import { usePeers } from '../workshop/workshop-hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useParticipants } from './classroom-hooks.ts';
import { onlineParticipantIds } from './online.ts';

const clock = (iso: string): string => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** Everyone who joined: their team (changed in place), whether they are connected now, when they joined; remove. */
export function PeopleTable() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const people = useParticipants();
  const teams = useTeams();
  const online = onlineParticipantIds(people, usePeers());
  const [removing, setRemoving] = useState<Participant | null>(null);

  return (
    <section className="people" aria-labelledby="people-heading">
      <div className="people-head">
        <h2 id="people-heading">{t('classroom.people.heading', { count: people.length })}</h2>
        <span className="count">{t('classroom.people.online', { count: online.size })}</span>
      </div>
      {people.length === 0 ? (
        <p className="placeholder">{t('classroom.people.empty')}</p>
      ) : (
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col">{t('classroom.people.name')}</th>
              <th scope="col">{t('classroom.people.team')}</th>
              <th scope="col">{t('classroom.people.status')}</th>
              <th scope="col">{t('classroom.people.joined')}</th>
              <th scope="col">{t('classroom.people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="person-row" data-participant={p.id}>
                <th scope="row" className="person-name">
                  {p.name}
                </th>
                <td>
                  <select
                    className="input select"
                    aria-label={t('classroom.people.teamOf', { name: p.name })}
                    value={p.teamId ?? ''}
                    onChange={(e) => submit({ type: 'participant.setTeam', payload: { workshopId, participantId: p.id, teamId: e.target.value || null } })}
                  >
                    <option value="">{t('classroom.people.noTeam')}</option>
                    {teams.map((team) => (
                      <option key={team.id} value={team.id}>
                        {team.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={online.has(p.id) ? 'person-online' : 'person-offline'}>
                  <span aria-hidden="true">{online.has(p.id) ? '● ' : '○ '}</span>
                  {online.has(p.id) ? t('classroom.people.isOnline') : t('classroom.people.isOffline')}
                </td>
                <td>
                  <time dateTime={p.joinedAt}>{clock(p.joinedAt)}</time>
                </td>
                <td>
                  <button type="button" className="btn btn-small btn-danger-outline" aria-label={t('classroom.people.removeLabel', { name: p.name })} onClick={() => setRemoving(p)}>
                    {t('classroom.people.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing ? (
        <ConfirmDialog
          title={t('classroom.people.removeTitle')}
          message={t('classroom.people.removeConfirm', { name: removing.name })}
          confirmLabel={t('classroom.people.remove')}
          onConfirm={() => submit({ type: 'participant.remove', payload: { workshopId, participantId: removing.id } })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
