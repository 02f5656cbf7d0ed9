import { FACTORS, type Factor } from '../../shared/course/factors.ts';
import type { Action } from '../../shared/deliverables/homework/schemas.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { FACTOR_TEXT } from '../../templates/concepts.ts';
import { CommitField } from '../components/CommitField.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

type Patch = Partial<Pick<Action, 'factor' | 'what' | 'owner' | 'deadline' | 'measure'>>;

/** One action: each field commits on its own (blur or Enter), so two people can fill one row at once. */
export function ActionRow({ action }: { action: Action }) {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const update = (patch: Patch) => submit({ type: 'homework.action.update', payload: { workshopId, actionId: action.id, patch } });
  const text = (field: 'what' | 'owner' | 'measure', max: number) => (
    <CommitField
      label={t(`homework.${field}`)}
      hideLabel
      value={action[field]}
      validate={(d) => (d.length > max ? `≤ ${max}` : null)}
      onCommit={(v) => update({ [field]: v })}
      editing={{ entityId: action.id, field }}
    />
  );
  return (
    <tr data-action-id={action.id}>
      <td>
        <select aria-label={t('homework.factor')} value={action.factor} onChange={(e) => update({ factor: e.target.value as Factor })}>
          {FACTORS.map((f) => (
            <option key={f} value={f}>
              {FACTOR_TEXT[f].name[lang]}
            </option>
          ))}
        </select>
      </td>
      <td>{text('what', LIMITS.longText)}</td>
      <td>{text('owner', LIMITS.shortText)}</td>
      <td>
        <input type="date" aria-label={t('homework.deadline')} value={action.deadline} onChange={(e) => update({ deadline: e.target.value })} />
      </td>
      <td>{text('measure', LIMITS.longText)}</td>
      <td>
        <button type="button" className="btn btn-small btn-icon" aria-label={t('homework.removeAction')} title={t('homework.removeAction')} onClick={() => submit({ type: 'homework.action.remove', payload: { workshopId, actionId: action.id } })}>
          ✕
        </button>
      </td>
    </tr>
  );
}
