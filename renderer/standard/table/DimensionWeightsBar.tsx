import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import type { Post } from '../../../shared/domain/standard.ts';
import { percent } from '../../../shared/charts/format.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { WeightSum } from './WeightSum.tsx';

/** The five dimension weights at a glance, their total, and one button to spread 100 evenly over them. */
export function DimensionWeightsBar({ workshopId, post }: { workshopId: string; post: Post }) {
  const { t } = useUi();
  const submit = useSubmit();
  const weights = DIMENSIONS.map((d) => post.dimensionWeights[d]);
  return (
    <section className="dimension-bar" aria-labelledby="dimension-bar-heading">
      <h3 id="dimension-bar-heading" className="dimension-bar-heading">
        {t('table.dimensionsHeading')}
      </h3>
      <ul className="dimension-bar-list">
        {DIMENSIONS.map((d) => (
          <li key={d}>
            <span className="dimension-bar-name">{t(`dimension.${d}.name`)}</span>
            <span className="dimension-bar-weight">{percent(post.dimensionWeights[d])}</span>
          </li>
        ))}
      </ul>
      <WeightSum label={t('table.dimensionsSum')} weights={weights} />
      <button
        type="button"
        className="btn"
        aria-label={t('table.balanceDimensionsLabel')}
        onClick={() => submit({ type: 'weights.balance', payload: { workshopId, postId: post.id } })}
      >
        <span aria-hidden="true">⚖ </span>
        {t('table.balanceDimensions')}
      </button>
    </section>
  );
}
