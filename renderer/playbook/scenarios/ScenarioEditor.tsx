import { useState } from 'react';
import { PrincipleNote, RemedyText, ScenarioFields } from '../../../shared/deliverables/playbook/schemas.ts';
import type { ScenarioView } from '../../../shared/deliverables/playbook/view.ts';
import { COMPLAINT_TYPES, PRINCIPLES, REMEDY_STRATEGIES, SEVERITIES, type RemedyStrategy } from '../../../shared/deliverables/playbook/vocabulary.ts';
import { playbookWords } from '../../../shared/deliverables/playbook/words.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { numberValidator, schemaValidator } from '../../components/validate.ts';
import { ScriptTable } from './ScriptTable.tsx';

type TextKey = 'title' | 'description' | 'emotion' | 'realNeed' | 'promoterNote';
type NumberKey = 'firstResponseMinutes' | 'resolutionHours' | 'followUpDays';

/** Everything about one scenario: its facts, the CLEAR scripts, the principle checklist and the chosen remedies. */
export function ScenarioEditor({ view }: { view: ScenarioView }) {
  const { t, lang } = useUi();
  const words = playbookWords(lang);
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { scenario: s } = view;
  const [removing, setRemoving] = useState(false);
  const update = (patch: Partial<ScenarioFields>) => submit({ type: 'scenario.update', payload: { workshopId, scenarioId: s.id, patch } });
  const shape = ScenarioFields.shape;

  const text = (key: TextKey, label: string, multiline = false) => (
    <CommitField
      label={label}
      value={s[key]}
      multiline={multiline}
      validate={schemaValidator(t, shape[key])}
      editing={{ entityId: s.id, field: key }}
      onCommit={(draft) => update({ [key]: draft })}
    />
  );
  const number = (key: NumberKey, label: string) => (
    <CommitField
      label={label}
      value={String(s[key])}
      validate={numberValidator(t, shape[key])}
      editing={{ entityId: s.id, field: key }}
      onCommit={(draft) => update({ [key]: Number(draft) })}
    />
  );
  const setRemedy = (strategy: RemedyStrategy, remedy: string | null) =>
    submit({ type: 'scenario.setRemedy', payload: { workshopId, scenarioId: s.id, strategy, remedy } });

  return (
    <article className="scenario-editor" aria-label={s.title}>
      <section className="scenario-facts" aria-labelledby={`facts-${s.id}`}>
        <div className="section-head">
          <h3 id={`facts-${s.id}`}>{t('playbook.facts')}</h3>
          <button type="button" className="btn btn-danger-outline btn-small" onClick={() => setRemoving(true)}>
            {t('playbook.removeScenario', { title: s.title })}
          </button>
        </div>
        <div className="facts-grid">
          {text('title', t('playbook.title'))}
          <label className="field">
            <span className="field-label">{t('playbook.type')}</span>
            <select className="input" value={s.type} onChange={(e) => update({ type: e.target.value as typeof s.type })}>
              {COMPLAINT_TYPES.map((k) => (
                <option key={k} value={k}>
                  {words.type[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('playbook.severity')}</span>
            <select className="input" value={s.severity} onChange={(e) => update({ severity: e.target.value as typeof s.severity })}>
              {SEVERITIES.map((k) => (
                <option key={k} value={k}>
                  {words.severity[k]}
                </option>
              ))}
            </select>
          </label>
          {text('emotion', t('playbook.emotion'))}
          {text('realNeed', t('playbook.realNeed'))}
          {number('firstResponseMinutes', t('playbook.firstResponse'))}
          {number('resolutionHours', t('playbook.resolution'))}
          {number('followUpDays', t('playbook.followUp'))}
        </div>
        {text('description', t('playbook.description'), true)}
      </section>

      <ScriptTable scenarioId={s.id} lines={view.lines} />

      <section aria-labelledby={`principles-${s.id}`}>
        <h3 id={`principles-${s.id}`}>{t('playbook.principles')}</h3>
        <div className="principles-grid">
          {PRINCIPLES.map((p) => (
            <CommitField
              key={p}
              label={t('playbook.principleLabel', { name: words.principle[p].name })}
              placeholder={words.principle[p].hint}
              value={s.principles[p]}
              validate={schemaValidator(t, PrincipleNote)}
              editing={{ entityId: s.id, field: `principle.${p}` }}
              onCommit={(note) => submit({ type: 'scenario.setPrinciple', payload: { workshopId, scenarioId: s.id, principle: p, note } })}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby={`remedies-${s.id}`}>
        <h3 id={`remedies-${s.id}`}>{t('playbook.remedies')}</h3>
        <ul className="remedy-list">
          {REMEDY_STRATEGIES.map((k) => {
            const remedy = s.remedies[k];
            return (
              <li key={k} className="remedy">
                <label className="remedy-choice">
                  <input
                    type="checkbox"
                    checked={remedy !== undefined}
                    onChange={(e) => setRemedy(k, e.target.checked ? words.strategy[k].hint : null)}
                    aria-label={t('playbook.useStrategy', { name: words.strategy[k].name })}
                  />
                  <strong>{words.strategy[k].name}</strong>
                  <span className="remedy-hint">{words.strategy[k].hint}</span>
                </label>
                {remedy !== undefined ? (
                  <CommitField
                    label={t('playbook.remedyLabel', { name: words.strategy[k].name })}
                    hideLabel
                    value={remedy}
                    validate={schemaValidator(t, RemedyText)}
                    editing={{ entityId: s.id, field: `remedy.${k}` }}
                    onCommit={(draft) => setRemedy(k, draft)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby={`promoter-${s.id}`}>
        <h3 id={`promoter-${s.id}`}>{t('playbook.promoter')}</h3>
        <CommitField
          label={t('playbook.promoter')}
          hideLabel
          multiline
          value={s.promoterNote}
          validate={schemaValidator(t, shape.promoterNote)}
          editing={{ entityId: s.id, field: 'promoterNote' }}
          onCommit={(promoterNote) => update({ promoterNote })}
        />
      </section>

      {removing ? (
        <ConfirmDialog
          title={t('playbook.removeScenario', { title: s.title })}
          message={t('playbook.removeConfirm', { title: s.title })}
          confirmLabel={t('playbook.remove')}
          onConfirm={() => submit({ type: 'scenario.remove', payload: { workshopId, scenarioId: s.id } })}
          onClose={() => setRemoving(false)}
        />
      ) : null}
    </article>
  );
}
