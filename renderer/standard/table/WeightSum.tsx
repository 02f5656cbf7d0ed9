import { isBalanced, sumWeights } from '../../../shared/rules/weights.ts';
import { useUi } from '../../i18n/useUi.ts';

/**
 * A live total of weights with its state spelled out: a tick and "balanced", or a warning sign and the
 * actual total; colour only repeats what the icon and words say.
 */
export function WeightSum({ label, weights, unsaved = 0 }: { label: string; weights: readonly number[]; unsaved?: number }) {
  const { t } = useUi();
  const sum = sumWeights(weights);
  const empty = weights.length === 0;
  // An edit that was not saved may change the total: never call it balanced while one is waiting.
  const ok = isBalanced(weights) && unsaved === 0;
  const state = empty ? 'empty' : ok ? 'ok' : 'bad';
  return (
    <p className={`weight-sum weight-sum-${state}`} role="status" aria-live="polite">
      <span className="weight-sum-label">{label}</span>
      <span className="weight-sum-value">{sum}</span>
      <span className="weight-sum-state">
        <span aria-hidden="true">{empty ? '○ ' : ok ? '✓ ' : '⚠ '}</span>
        {empty
          ? t('table.noIndicatorsYet')
          : unsaved > 0
            ? t('standardGrid.unsavedCount', { count: unsaved })
            : ok
              ? t('table.balanced')
              : t('table.unbalanced')}
      </span>
    </p>
  );
}
