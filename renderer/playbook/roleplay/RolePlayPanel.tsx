import { lazy, Suspense, useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids.ts';
import { RoundFields } from '../../../shared/deliverables/playbook/schemas.ts';
import type { PlaybookView } from '../../../shared/deliverables/playbook/view.ts';
import { problemsByField, problemText } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { RoundClock } from './RoundClock.tsx';
import { ScoreSheetForm } from './ScoreSheetForm.tsx';

// The chart library loads when a round is first shown, not with the page.
const ScoreChart = lazy(() => import('./ScoreChart.tsx').then((m) => ({ default: m.ScoreChart })));

/**
 * Classroom role-play: cast a round on a scenario, run its clock, let observers score it, and see the scores per
 * CLEAR step and principle at once.
 */
export function RolePlayPanel({ playbook }: { playbook: PlaybookView }) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [cast, setCast] = useState({ scenarioId: '', customer: '', handler: '', observers: '', minutes: '5' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const titles = new Map(playbook.scenarios.map((s) => [s.scenario.id, s.scenario.title]));
  const rounds = playbook.rounds;
  const current = rounds.find((r) => r.round.id === chosenId) ?? rounds[rounds.length - 1] ?? null;

  const start = (e: FormEvent): void => {
    e.preventDefault();
    const fields = {
      scenarioId: cast.scenarioId || playbook.scenarios[0]?.scenario.id || '',
      customer: cast.customer,
      handler: cast.handler,
      observers: cast.observers.split(/[,，、]/).map((o) => o.trim()).filter(Boolean),
      minutes: Number(cast.minutes),
    };
    const problems = problemsByField(RoundFields, fields);
    setErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, problemText(t, p)])));
    const parsed = RoundFields.safeParse(fields);
    if (!parsed.success) return;
    const roundId = newId();
    submit({ type: 'round.add', payload: { workshopId, artifactId: playbook.artifactId, roundId, fields: parsed.data } });
    submit({ type: 'round.start', payload: { workshopId, roundId } });
    setChosenId(roundId);
  };

  const input = (key: 'customer' | 'handler' | 'observers' | 'minutes', label: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className={key === 'minutes' ? 'input input-number' : 'input'}
        type={key === 'minutes' ? 'number' : 'text'}
        min={key === 'minutes' ? 1 : undefined}
        value={cast[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => setCast({ ...cast, [key]: e.target.value })}
      />
      {errors[key] ? (
        <span className="field-error" role="alert">
          ⚠ {errors[key]}
        </span>
      ) : null}
    </label>
  );

  return (
    <div className="roleplay">
      <form className="round-setup" onSubmit={start} aria-labelledby="round-setup-heading" noValidate>
        <h3 id="round-setup-heading">{t('playbook.roundSetup')}</h3>
        <label className="field">
          <span className="field-label">{t('playbook.scenario')}</span>
          <select className="input" value={cast.scenarioId} onChange={(e) => setCast({ ...cast, scenarioId: e.target.value })}>
            {playbook.scenarios.map(({ scenario }) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.title}
              </option>
            ))}
          </select>
        </label>
        {input('customer', t('playbook.customer'))}
        {input('handler', t('playbook.handler'))}
        {input('observers', t('playbook.observers'))}
        {input('minutes', t('playbook.minutes'))}
        <button type="submit" className="btn btn-primary" disabled={!playbook.scenarios.length}>
          {t('playbook.startRound')}
        </button>
      </form>

      {rounds.length ? (
        <div className="round-picker" role="group" aria-label={t('playbook.roundsLabel')}>
          {rounds.map((r, n) => (
            <button key={r.round.id} type="button" className="btn btn-small" aria-pressed={r === current} onClick={() => setChosenId(r.round.id)}>
              {t('playbook.roundName', { n: n + 1, scenario: titles.get(r.round.scenarioId) ?? '' })}
            </button>
          ))}
        </div>
      ) : (
        <p className="placeholder">{t('playbook.noRounds')}</p>
      )}

      {current ? (
        <section className="round" aria-label={t('playbook.roundName', { n: rounds.indexOf(current) + 1, scenario: titles.get(current.round.scenarioId) ?? '' })}>
          <div className="round-head">
            <p className="round-cast">
              {t('playbook.cast', { customer: current.round.customer, handler: current.round.handler, observers: current.round.observers.join('、') || '—' })}
            </p>
            <RoundClock round={current.round} />
            {!current.round.startedAt || current.round.endedAt ? (
              <button type="button" className="btn" onClick={() => submit({ type: 'round.start', payload: { workshopId, roundId: current.round.id } })}>
                {t('playbook.startClock')}
              </button>
            ) : (
              <button type="button" className="btn btn-danger-outline" onClick={() => submit({ type: 'round.stop', payload: { workshopId, roundId: current.round.id } })}>
                {t('playbook.stopClock')}
              </button>
            )}
          </div>
          <div className="round-body">
            <ScoreSheetForm key={current.round.id} round={current} />
            <Suspense fallback={null}>
              <ScoreChart round={current} />
            </Suspense>
          </div>
        </section>
      ) : null}
    </div>
  );
}
