import { Cycle, DataSource, IndicatorFields, type Indicator } from '../../../shared/domain/standard.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { parseWeight, schemaValidator, weightValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { memo } from 'react';
import { EditorsHint } from '../../workshop/EditorsHint.tsx';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { ScoringCell } from './ScoringCell.tsx';

interface Props {
  indicator: Indicator;
  index: number;
  autoFocus: boolean;
}

/**
 * One indicator as a table row: name and description, weight, scoring rule, data source, cycle, remove. Memoized: an
 * edit elsewhere in the workshop does not re-render it.
 */
export const IndicatorRow = memo(function IndicatorRow({ indicator: ind, index, autoFocus }: Props) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const update = (patch: Partial<IndicatorFields>): void => {
    submit({ type: 'indicator.update', payload: { workshopId, indicatorId: ind.id, patch } });
  };
  const editing = (field: string) => ({ entityId: ind.id, field });
  const select = <K extends 'dataSource' | 'cycle'>(key: K, options: readonly IndicatorFields[K][], prefix: string) => (
    <>
      <label className="sr-only" htmlFor={`${ind.id}-${key}`}>
        {t(`indicator.${key}`)}
      </label>
      <select
        id={`${ind.id}-${key}`}
        className="input select"
        value={ind[key]}
        onChange={(e) => update({ [key]: e.target.value } as Partial<IndicatorFields>)}
      >
        {options.map((value) => (
          <option key={value} value={value}>
            {t(`${prefix}.${value}`)}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <tr className="indicator-row" aria-label={t('indicator.group', { n: index + 1, name: ind.name })} data-indicator-id={ind.id}>
      <td className="cell-name">
        <CommitField
          label={t('indicator.name')}
          hideLabel
          value={ind.name}
          autoFocus={autoFocus}
          validate={schemaValidator(t, IndicatorFields.shape.name)}
          onCommit={(name) => update({ name: name.trim() })}
          editing={editing('name')}
        />
        <CommitField
          label={t('indicator.description')}
          hideLabel
          multiline
          placeholder={t('indicator.descriptionPlaceholder')}
          value={ind.description}
          validate={schemaValidator(t, IndicatorFields.shape.description)}
          onCommit={(description) => update({ description: description.trim() })}
          editing={editing('description')}
        />
        <EditorsHint entityId={ind.id} />
      </td>
      <td className="cell-weight">
        <CommitField
          label={t('indicator.weight')}
          hideLabel
          numeric
          value={String(ind.weight)}
          validate={weightValidator(t)}
          onCommit={(draft) => {
            const parsed = parseWeight(draft);
            if (parsed.ok) update({ weight: parsed.value });
          }}
          editing={editing('weight')}
        />
      </td>
      <td className="cell-scoring">
        <ScoringCell indicator={ind} onChange={(scoring) => update({ scoring })} />
      </td>
      <td className="cell-source">{select('dataSource', DataSource.options, 'dataSource')}</td>
      <td className="cell-cycle">{select('cycle', Cycle.options, 'cycle')}</td>
      <td className="cell-actions">
        <button
          type="button"
          className="btn btn-small btn-danger-outline"
          aria-label={t('indicator.removeNamed', { name: ind.name })}
          onClick={() => submit({ type: 'indicator.remove', payload: { workshopId, indicatorId: ind.id } })}
        >
          {t('table.remove')}
        </button>
      </td>
    </tr>
  );
});
