import { memo, useId } from 'react';
import type { Dimension } from '../../../shared/domain/dimensions.ts';
import type { PostType } from '../../../shared/domain/library.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { parseWeight, weightValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useDimensionWeight, useIndicatorsOf, useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { blankIndicator, contentText } from '../content.ts';
import { SuggestPanel } from '../suggest/SuggestPanel.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { WeightSum } from './WeightSum.tsx';

interface Props {
  postId: string;
  dimension: Dimension;
  postType: PostType;
  focusId: string | null;
  onAdded(indicatorId: string): void;
}

/**
 * One SERVQUAL dimension of a post: its weight, its indicators with their total, balance, add and suggestions.
 * Memoized and reading only its own weight and indicators, so edits in the other four leave it alone.
 */
export const DimensionSection = memo(function DimensionSection({ postId, dimension, postType, focusId, onAdded }: Props) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { language } = useWorkshopMeta();
  const headingId = useId();
  const indicators = useIndicatorsOf(postId, dimension);
  const weight = useDimensionWeight(postId, dimension);
  const name = t(`dimension.${dimension}.name`);
  const full = indicators.length >= LIMITS.indicatorsPerDimension;

  const add = (): void => {
    const indicatorId = newId();
    const fields = blankIndicator(contentText(language, 'table.newIndicatorName'), indicators);
    submit({ type: 'indicator.add', payload: { workshopId, postId: postId, indicatorId, dimension, fields } });
    onAdded(indicatorId);
  };

  return (
    <section className={`dimension dimension-${dimension}`} aria-labelledby={headingId}>
      <div className="dimension-head">
        <div className="dimension-title">
          <h3 id={headingId}>{name}</h3>
          <p className="dimension-short">{t(`dimension.${dimension}.short`)}</p>
        </div>
        <CommitField
          key={`${postId}-${dimension}-weight`}
          className="dimension-weight"
          label={t('table.dimensionWeight', { dimension: name })}
          numeric
          value={String(weight ?? '')}
          validate={weightValidator(t)}
          onCommit={(draft) => {
            const parsed = parseWeight(draft);
            if (parsed.ok) submit({ type: 'dimension.setWeight', payload: { workshopId, postId: postId, dimension, weight: parsed.value } });
          }}
          editing={{ entityId: postId, field: `weight.${dimension}` }}
        />
      </div>

      <div className="dimension-tools">
        <WeightSum label={t('table.indicatorsSum')} weights={indicators.map((i) => i.weight)} />
        <button
          type="button"
          className="btn"
          disabled={indicators.length === 0}
          aria-label={t('table.balanceIndicatorsLabel', { dimension: name })}
          onClick={() => submit({ type: 'weights.balance', payload: { workshopId, postId: postId, dimension } })}
        >
          <span aria-hidden="true">⚖ </span>
          {t('table.balanceIndicators')}
        </button>
        <button type="button" className="btn" disabled={full} aria-label={t('table.addIndicatorLabel', { dimension: name })} onClick={add}>
          <span aria-hidden="true">＋ </span>
          {t('table.addIndicator')}
        </button>
        {full ? <span className="field-hint">{t('table.limitIndicators', { limit: LIMITS.indicatorsPerDimension })}</span> : null}
      </div>

      {indicators.length > 0 ? (
        <IndicatorTable indicators={indicators} focusId={focusId} caption={name} />
      ) : (
        <p className="placeholder placeholder-small">{t('table.emptyDimension')}</p>
      )}

      <SuggestPanel postId={postId} dimension={dimension} postType={postType} present={indicators} />
    </section>
  );
});
