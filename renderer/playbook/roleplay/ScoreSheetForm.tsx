import { useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids.ts';
import { ScoreSheetFields } from '../../../shared/deliverables/playbook/schemas.ts';
import type { RoundView } from '../../../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, PRINCIPLES, SCORE_MAX, SCORE_MIN } from '../../../shared/deliverables/playbook/vocabulary.ts';
import { playbookWords } from '../../../shared/deliverables/playbook/words.ts';
import { problemsByField, problemText } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** A row of 1–5 radio buttons (arrow keys move between them, as the browser does for a radio group). */
function ScoreRow({ name, value, onChange }: { name: string; value: number | undefined; onChange(score: number): void }) {
  const { t } = useUi();
  return (
    <fieldset className="score-row">
      <legend>{name}</legend>
      {SCORES.map((score) => (
        <label key={score} className="score-option">
          <input type="radio" name={name} checked={value === score} onChange={() => onChange(score)} aria-label={`${t('playbook.scoreOf', { name })} ${score}`} />
          <span aria-hidden="true">{score}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * One observer's checklist for the round: a score for each CLEAR step and each principle, and a comment. Saving
 * again under the same observer name replaces that observer's earlier sheet.
 */
export function ScoreSheetForm({ round }: { round: RoundView }) {
  const { t, lang } = useUi();
  const words = playbookWords(lang);
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const [observer, setObserver] = useState(round.round.observers[0] ?? '');
  const [steps, setSteps] = useState<Record<string, number>>({});
  const [principles, setPrinciples] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = (e: FormEvent): void => {
    e.preventDefault();
    const fields = { observer, steps, principles, comment };
    const parsed = ScoreSheetFields.safeParse(fields);
    if (!parsed.success) {
      const problems = problemsByField(ScoreSheetFields, fields);
      const first = Object.entries(problems)[0]!;
      setError(first[0] === 'steps' || first[0] === 'principles' ? t('playbook.scoresMissing') : `${t('playbook.observer')}${problemText(t, first[1])}`);
      return;
    }
    setError(null);
    const existing = round.sheets.find((s) => s.observer === parsed.data.observer.trim());
    submit({ type: 'score.put', payload: { workshopId, roundId: round.round.id, sheetId: existing?.id ?? newId(), fields: parsed.data } });
    setSteps({});
    setPrinciples({});
    setComment('');
    const next = round.round.observers[round.round.observers.indexOf(observer) + 1];
    if (next) setObserver(next);
  };

  return (
    <form className="score-sheet" onSubmit={save} aria-labelledby={`sheet-${round.round.id}`}>
      <h3 id={`sheet-${round.round.id}`}>{t('playbook.scoreSheet')}</h3>
      <label className="field">
        <span className="field-label">{t('playbook.observer')}</span>
        <input className="input" list={`observers-${round.round.id}`} value={observer} onChange={(e) => setObserver(e.target.value)} />
        <datalist id={`observers-${round.round.id}`}>
          {round.round.observers.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <h4>{t('playbook.stepsHeading')}</h4>
      {CLEAR_STEPS.map((s) => (
        <ScoreRow key={s} name={`${words.step[s].letter} ${words.step[s].name}`} value={steps[s]} onChange={(v) => setSteps({ ...steps, [s]: v })} />
      ))}
      <h4>{t('playbook.principlesHeading')}</h4>
      {PRINCIPLES.map((p) => (
        <ScoreRow key={p} name={words.principle[p].name} value={principles[p]} onChange={(v) => setPrinciples({ ...principles, [p]: v })} />
      ))}
      <label className="field">
        <span className="field-label">{t('playbook.comment')}</span>
        <textarea className="input textarea" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <p className="field-error" role="alert">
        {error ? `⚠ ${error}` : null}
      </p>
      <button type="submit" className="btn btn-primary">
        {t('playbook.saveScores')}
      </button>
      {round.sheets.length ? (
        <ul className="sheets" aria-label={t('playbook.sheetsLabel')}>
          {round.sheets.map((s) => (
            <li key={s.id}>
              <strong>{s.observer}</strong>
              {s.comment ? `：${s.comment}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
