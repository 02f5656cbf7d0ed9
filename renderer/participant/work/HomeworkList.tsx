import { FACTORS, type Factor } from '../../../shared/course/factors.ts';
import { ActionFields, type Action } from '../../../shared/deliverables/homework/schemas.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { FACTOR_TEXT } from '../../../templates/concepts.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { schemaValidator } from '../../components/validate.ts';
import { useHomeworkPlan } from '../../homework/homework-hooks.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';

type TextField = 'what' | 'owner' | 'measure';

/** The day-1 homework board on a phone: each department's actions as cards (the projector's table is too wide). */
export function HomeworkList({ locked }: { locked: boolean }) {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  const submit = useSubmit();
  const plan = useHomeworkPlan();
  if (!plan || plan.departments.length === 0) return <p className="placeholder">{t('participant.work.noHomework')}</p>;
  const add = (departmentId: string) =>
    submit({ type: 'homework.action.add', payload: { workshopId, departmentId, actionId: newId(), fields: { factor: FACTORS[0], what: '', owner: '', deadline: '', measure: '' } } });
  return (
    <div className="p-homework">
      {plan.departments.map(({ department, actions }) => (
        <section key={department.id} className="p-card" aria-label={department.name}>
          <h3>{department.name}</h3>
          <fieldset className="main-fieldset" disabled={locked}>
            {actions.map((action) => (
              <ActionCard key={action.id} action={action} />
            ))}
            <button type="button" className="btn btn-quiet p-wide" onClick={() => add(department.id)}>
              ＋ {t('homework.addAction')}
            </button>
          </fieldset>
        </section>
      ))}
    </div>
  );
}

function ActionCard({ action }: { action: Action }) {
  const { t, lang } = useUi();
  const { workshopId } = useIdentity();
  const submit = useSubmit();
  const update = (patch: Partial<Action>) => submit({ type: 'homework.action.update', payload: { workshopId, actionId: action.id, patch } });
  const text = (field: TextField, multiline: boolean) => (
    <CommitField
      label={t(`homework.${field}`)}
      value={action[field]}
      multiline={multiline}
      validate={schemaValidator(t, ActionFields.shape[field])}
      onCommit={(v) => update({ [field]: v })}
      editing={{ entityId: action.id, field }}
    />
  );
  return (
    <div className="p-indicator">
      <label className="field">
        <span className="field-label">{t('homework.factor')}</span>
        <select className="input select" value={action.factor} onChange={(e) => update({ factor: e.target.value as Factor })}>
          {FACTORS.map((f) => (
            <option key={f} value={f}>
              {FACTOR_TEXT[f].name[lang]}
            </option>
          ))}
        </select>
      </label>
      {text('what', true)}
      {text('owner', false)}
      <label className="field">
        <span className="field-label">{t('homework.deadline')}</span>
        <input type="date" className="input" value={action.deadline} onChange={(e) => update({ deadline: e.target.value })} />
      </label>
      {text('measure', true)}
    </div>
  );
}
