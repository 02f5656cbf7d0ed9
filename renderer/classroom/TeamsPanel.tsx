import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/domain/ids.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { useUi } from '../i18n/useUi.ts';
import { useTeams } from '../journey/journey-hooks.ts';
import { workshopHref } from '../routing.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopMeta } from '../workshop/workshop-hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { planAutoAssign } from './auto-assign.ts';
import { useParticipants, useRoomSettings, useUpdateRoom } from './classroom-hooks.ts';

/** How many teams the projector shows side by side (the room's projectedTeamIds allow no more). */
const COMPARE_MAX = 4;

const toggled = (ids: readonly string[], id: string): string[] => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);

/** The teams with their sizes; sharing a team's work with the room, picking teams to compare; making teams. */
export function TeamsPanel() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const teams = useTeams();
  const people = useParticipants();
  const room = useRoomSettings();
  const update = useUpdateRoom();
  const sizeOf = (teamId: string | null) => people.filter((p) => p.teamId === teamId).length;
  const unassigned = people.filter((p) => !p.teamId || !teams.some((team) => team.id === p.teamId)).length;
  const comparing = room.projectedTeamIds.filter((id) => teams.some((team) => team.id === id));

  return (
    <section className="teams" aria-labelledby="teams-heading">
      <div className="teams-head">
        <h2 id="teams-heading">{t('classroom.teams.heading')}</h2>
        {unassigned > 0 ? <span className="count">{t('classroom.teams.unassigned', { count: unassigned })}</span> : null}
      </div>
      {teams.length === 0 ? (
        <p className="placeholder">{t('classroom.teams.none')}</p>
      ) : (
        <ul className="team-list">
          {teams.map((team) => {
            const shared = room.sharedTeamIds.includes(team.id);
            const compared = comparing.includes(team.id);
            return (
              <li key={team.id} className="team-row" data-team={team.id}>
                <span className="team-name">{team.name}</span>
                <span className="team-size">{t('classroom.teams.members', { count: sizeOf(team.id) })}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-pressed={shared}
                  aria-label={t('classroom.teams.shareLabel', { team: team.name })}
                  onClick={() => update({ sharedTeamIds: toggled(room.sharedTeamIds, team.id) })}
                >
                  {shared ? <span aria-hidden="true">✓ </span> : null}
                  {t('classroom.teams.share')}
                </button>
                <label className="check team-compare">
                  <input
                    type="checkbox"
                    checked={compared}
                    disabled={!compared && comparing.length >= COMPARE_MAX}
                    aria-label={t('classroom.teams.compareLabel', { team: team.name })}
                    onChange={() => update({ projectedTeamIds: toggled(comparing, team.id) })}
                  />
                  <span aria-hidden="true">{t('classroom.teams.compare')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {comparing.length >= COMPARE_MAX ? <p className="field-hint">{t('classroom.teams.compareLimit', { limit: COMPARE_MAX })}</p> : null}
      {comparing.length > 0 ? (
        <a className="btn btn-primary" href={workshopHref(workshopId, 'compare')}>
          {t('classroom.teams.openCompare', { count: comparing.length })}
        </a>
      ) : null}
      <AddTeamForm />
      <AutoAssignForm />
    </section>
  );
}

function AddTeamForm() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const teams = useTeams();
  const id = useId();
  const [name, setName] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    submit({ type: 'team.add', payload: { workshopId, teamId: newId(), fields: { name: trimmed } } });
    setName('');
  };
  return (
    <form className="team-form" onSubmit={add}>
      <label htmlFor={id} className="field-label">
        {t('classroom.teams.newName')}
      </label>
      <input id={id} className="input" value={name} maxLength={LIMITS.shortText} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="btn" disabled={!name.trim() || teams.length >= LIMITS.teamsPerWorkshop}>
        {t('classroom.teams.add')}
      </button>
    </form>
  );
}

function AutoAssignForm() {
  const { t } = useUi();
  const { i18n } = useTranslation();
  const workshopId = useWorkshopId();
  const { language } = useWorkshopMeta();
  const submit = useSubmit();
  const teams = useTeams();
  const people = useParticipants();
  const id = useId();
  const hintId = useId();
  const [count, setCount] = useState(() => Math.max(teams.length, 2));
  const valid = Number.isInteger(count) && count >= 1 && count <= LIMITS.teamsPerWorkshop;
  const assign = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    // Team names are the workshop's data (its Word files are in its language), not the interface's.
    const name = i18n.getFixedT(language);
    const ops = planAutoAssign({ workshopId, participants: people, teams, count, teamName: (n) => name('classroom.teams.autoName', { n }), newId });
    if (ops.length > 0) submit({ type: 'batch', payload: { workshopId, ops } });
  };
  return (
    <form className="team-form" onSubmit={assign}>
      <label htmlFor={id} className="field-label">
        {t('classroom.teams.autoCount')}
      </label>
      <input
        id={id}
        className="input input-number"
        type="number"
        min={1}
        max={LIMITS.teamsPerWorkshop}
        value={Number.isNaN(count) ? '' : count}
        aria-describedby={hintId}
        onChange={(e) => setCount(e.target.valueAsNumber)}
      />
      <button type="submit" className="btn" disabled={!valid}>
        {t('classroom.teams.auto')}
      </button>
      <p id={hintId} className="field-hint team-form-hint">
        {t('classroom.teams.autoHint')}
      </p>
    </form>
  );
}
