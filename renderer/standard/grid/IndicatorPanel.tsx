import { IndicatorFields } from '../../../shared/domain/standard.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { schemaValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useEntity, useSubmit } from '../../sync/hooks.ts';
import { EditorsHint } from '../../workshop/EditorsHint.tsx';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { ScoringCell } from '../table/ScoringCell.tsx';
import { draftKey, dropDraft, keepDraft, useUnsavedText } from './drafts.ts';

/**
 * What does not fit a row: the active indicator's long description (with a live count against its limit), the
 * details of its scoring rule, who else is editing it, and removing it.
 */
export function IndicatorPanel({ indicatorId }: { indicatorId: string }) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const indicator = useEntity(workshopId, 'indicators', indicatorId);
  const key = draftKey(indicatorId, 'description');
  const unsavedText = useUnsavedText(workshopId, key);
  if (!indicator) return null;
  const update = (patch: Partial<IndicatorFields>): void => {
    submit({ type: 'indicator.update', payload: { workshopId, indicatorId, patch } });
  };
  return (
    <section className="panel-block indicator-panel" aria-label={t('standardGrid.detailsOf', { name: indicator.name })}>
      <h3 className="panel-heading">
        <span className="panel-kicker">{t(`dimension.${indicator.dimension}.name`)}</span> {indicator.name}
      </h3>
      <CommitField
        key={`${indicatorId}-description`}
        label={t('indicator.description')}
        multiline
        limit={LIMITS.longText}
        placeholder={t('indicator.descriptionPlaceholder')}
        value={indicator.description}
        validate={schemaValidator(t, IndicatorFields.shape.description)}
        onCommit={(description) => update({ description: description.trim() })}
        editing={{ entityId: indicatorId, field: 'description' }}
        unsaved={{
          text: unsavedText,
          keep: (text) => keepDraft(workshopId, { postId: indicator.postId, key, text }),
          drop: () => dropDraft(workshopId, key),
        }}
      />
      <ScoringCell key={`${indicatorId}-scoring`} indicator={indicator} onChange={(scoring) => update({ scoring })} />
      <EditorsHint entityId={indicatorId} />
      <button
        type="button"
        className="btn btn-small btn-danger-outline"
        aria-label={t('indicator.removeNamed', { name: indicator.name })}
        onClick={() => submit({ type: 'indicator.remove', payload: { workshopId, indicatorId } })}
      >
        {t('indicator.remove')}
      </button>
    </section>
  );
}
