import { useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids.ts';
import { KpiFields, type Kpi } from '../../../shared/deliverables/playbook/schemas.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { problemOf, problemText, schemaValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';

const SUGGESTIONS = ['firstResponse', 'closure', 'repeat', 'satisfaction'] as const;
type TextKey = 'name' | 'definition' | 'target';

/** Complaint KPIs with the targets the team sets; the course's usual ones are a click away. */
export function KpiTable({ artifactId, kpis }: { artifactId: string; kpis: Kpi[] }) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shape = KpiFields.shape;
  const add = (fields: { name: string; definition: string; target: string }) =>
    submit({ type: 'kpi.add', payload: { workshopId, artifactId, kpiId: newId(), fields } });

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const problem = problemOf(shape.name, name);
    setError(problem ? problemText(t, problem) : null);
    if (problem) return;
    add({ name: name.trim(), definition: '', target: '' });
    setName('');
  };

  const cell = (kpi: Kpi, key: TextKey, label: string) => (
    <CommitField
      label={`${kpi.name} · ${label}`}
      hideLabel
      value={kpi[key]}
      validate={schemaValidator(t, shape[key])}
      editing={{ entityId: kpi.id, field: key }}
      onCommit={(value) => submit({ type: 'kpi.update', payload: { workshopId, kpiId: kpi.id, patch: { [key]: value } } })}
    />
  );

  return (
    <section aria-labelledby="kpis-heading">
      <h3 id="kpis-heading">{t('playbook.kpis')}</h3>
      <div className="kpi-suggestions" role="group" aria-label={t('playbook.suggestedKpis')}>
        <span>{t('playbook.suggestedKpis')}</span>
        {SUGGESTIONS.map((k) => {
          const fields = { name: t(`playbook.kpiSuggestions.${k}.name`), definition: t(`playbook.kpiSuggestions.${k}.definition`), target: '' };
          const taken = kpis.some((x) => x.name === fields.name);
          return (
            <button key={k} type="button" className="btn btn-small" disabled={taken} onClick={() => add(fields)}>
              ＋ {fields.name}
            </button>
          );
        })}
      </div>
      <div className="table-scroll">
        <table className="data-table kpi-table" aria-labelledby="kpis-heading">
          <thead>
            <tr>
              <th scope="col">{t('playbook.kpiName')}</th>
              <th scope="col">{t('playbook.kpiDefinition')}</th>
              <th scope="col">{t('playbook.kpiTarget')}</th>
              <th scope="col">
                <span className="sr-only">{t('playbook.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => (
              <tr key={kpi.id}>
                <td>{cell(kpi, 'name', t('playbook.kpiName'))}</td>
                <td>{cell(kpi, 'definition', t('playbook.kpiDefinition'))}</td>
                <td>{cell(kpi, 'target', t('playbook.kpiTarget'))}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-quiet btn-icon"
                    aria-label={t('playbook.removeKpi', { name: kpi.name })}
                    onClick={() => submit({ type: 'kpi.remove', payload: { workshopId, kpiId: kpi.id } })}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="inline-add" onSubmit={onSubmit}>
        <label className="field">
          <span className="sr-only">{t('playbook.kpiName')}</span>
          <input className="input" placeholder={t('playbook.kpiName')} value={name} aria-invalid={Boolean(error)} onChange={(e) => setName(e.target.value)} />
          {error ? (
            <span className="field-error" role="alert">
              ⚠ {error}
            </span>
          ) : null}
        </label>
        <button type="submit" className="btn">
          {t('playbook.addKpi')}
        </button>
      </form>
    </section>
  );
}
