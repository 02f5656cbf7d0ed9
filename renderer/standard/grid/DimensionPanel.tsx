import type { Dimension } from '../../../shared/domain/dimensions.ts';
import type { PostType } from '../../../shared/domain/library.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { parseWeight, weightValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useDimensionWeight, useIndicatorsOf } from '../../workshop/workshop-hooks.ts';
import { SuggestPanel } from '../suggest/SuggestPanel.tsx';
import { WeightSum } from '../table/WeightSum.tsx';
import { useUnsavedDimension } from './unsaved-hooks.ts';

interface Props {
  postId: string;
  dimension: Dimension;
  postType: PostType;
  onAdd(): void;
}

/** The active row's dimension: what it means, its weight, its indicators' total, balance, add, and suggestions. */
export function DimensionPanel({ postId, dimension, postType, onAdd }: Props) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const indicators = useIndicatorsOf(postId, dimension);
  const weight = useDimensionWeight(postId, dimension);
  const unsaved = useUnsavedDimension(postId, dimension);
  const name = t(`dimension.${dimension}.name`);
  const full = indicators.length >= LIMITS.indicatorsPerDimension;
  return (
    <section className={`panel-block dimension-panel dimension-${dimension}`} aria-label={name}>
      <h3 className="panel-heading">{name}</h3>
      <p className="dimension-short">{t(`dimension.${dimension}.short`)}</p>
      <CommitField
        key={`${postId}-${dimension}-weight`}
        className="dimension-weight"
        label={t('table.dimensionWeight', { dimension: name })}
        numeric
        value={String(weight ?? '')}
        validate={weightValidator(t)}
        onCommit={(draft) => {
          const parsed = parseWeight(draft);
          if (parsed.ok) submit({ type: 'dimension.setWeight', payload: { workshopId, postId, dimension, weight: parsed.value } });
        }}
        editing={{ entityId: postId, field: `weight.${dimension}` }}
      />
      <WeightSum label={t('table.indicatorsSum')} weights={indicators.map((i) => i.weight)} unsaved={unsaved} />
      <div className="panel-actions">
        <button
          type="button"
          className="btn"
          disabled={indicators.length === 0}
          aria-label={t('table.balanceIndicatorsLabel', { dimension: name })}
          onClick={() => submit({ type: 'weights.balance', payload: { workshopId, postId, dimension } })}
        >
          <span aria-hidden="true">⚖ </span>
          {t('table.balanceIndicators')}
        </button>
        <button type="button" className="btn" disabled={full} aria-label={t('table.addIndicatorLabel', { dimension: name })} onClick={onAdd}>
          <span aria-hidden="true">＋ </span>
          {t('table.addIndicator')}
        </button>
      </div>
      {full ? <p className="field-hint">{t('table.limitIndicators', { limit: LIMITS.indicatorsPerDimension })}</p> : null}
      <SuggestPanel postId={postId} dimension={dimension} postType={postType} present={indicators} />
    </section>
  );
}
