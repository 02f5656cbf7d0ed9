import { useState } from 'react';
import { FACTORS, type Factor } from '../../shared/course/factors.ts';
import type { Action, Department } from '../../shared/deliverables/homework/schemas.ts';
import { newId } from '../../shared/domain/ids.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { FACTOR_TEXT } from '../../templates/concepts.ts';
import { CommitField } from '../components/CommitField.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { ActionRow } from './ActionRow.tsx';

/** One department: its name, its actions as a table, a factor to add the next action under, and coverage of the 8. */
export function DepartmentCard({ department, actions }: { department: Department; actions: Action[] }) {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const [factor, setFactor] = useState<Factor>(FACTORS[0]);
  const [confirming, setConfirming] = useState(false);
  const covered = new Set(actions.map((a) => a.factor)).size;
  const add = () =>
    submit({
      type: 'homework.action.add',
      payload: { workshopId, departmentId: department.id, actionId: newId(), fields: { factor, what: '', owner: '', deadline: '', measure: '' } },
    });
  const remove = () => submit({ type: 'homework.department.remove', payload: { workshopId, departmentId: department.id } });

  return (
    <section className="department" aria-label={department.name}>
      <div className="department-head">
        <CommitField
          label={t('homework.departmentName')}
          value={department.name}
          validate={(d) => (d.trim() ? (d.length > LIMITS.shortText ? `≤ ${LIMITS.shortText}` : null) : t('homework.required'))}
          onCommit={(name) => submit({ type: 'homework.department.update', payload: { workshopId, departmentId: department.id, patch: { name } } })}
          editing={{ entityId: department.id, field: 'name' }}
        />
        <span className="department-coverage">{t('homework.coverage', { n: covered })}</span>
        <button type="button" className="btn btn-small btn-danger-outline" onClick={() => (actions.length ? setConfirming(true) : remove())}>
          {t('homework.removeDepartment', { name: department.name })}
        </button>
      </div>
      {actions.length ? (
        <table className="homework-table" aria-label={t('homework.actionsOf', { name: department.name })}>
          <thead>
            <tr>
              <th scope="col">{t('homework.factor')}</th>
              <th scope="col">{t('homework.what')}</th>
              <th scope="col">{t('homework.owner')}</th>
              <th scope="col">{t('homework.deadline')}</th>
              <th scope="col">{t('homework.measure')}</th>
              <th scope="col" className="sr-only">{t('homework.removeAction')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <ActionRow key={a.id} action={a} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="placeholder placeholder-small">{t('homework.noActions')}</p>
      )}
      <div className="department-add">
        <label>
          <span>{t('homework.factor')}</span>
          <select value={factor} onChange={(e) => setFactor(e.target.value as Factor)}>
            {FACTORS.map((f) => (
              <option key={f} value={f}>
                {FACTOR_TEXT[f].name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-primary" onClick={add}>
          {t('homework.addAction')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('homework.removeDepartment', { name: department.name })}
          message={t('homework.confirmRemove', { name: department.name, count: actions.length })}
          confirmLabel={t('homework.removeDepartment', { name: department.name })}
          onConfirm={remove}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
