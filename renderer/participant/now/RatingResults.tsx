import type { DimensionGap } from '../../../shared/deliverables/activities/view.ts';
import { useUi } from '../../i18n/useUi.ts';
import { Bar } from './Bar.tsx';

const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** The revealed poll: per dimension the mean expectation and perception and their gap (negative: falls short). */
export function RatingResults({ gaps }: { gaps: DimensionGap[] }) {
  const { t } = useUi();
  const widest = Math.max(1, ...gaps.map((g) => Math.abs(g.gap ?? 0)));
  return (
    <section className="p-results" aria-label={t('participant.results')}>
      <ul className="p-bars">
        {gaps.map((g) => (
          <li key={g.dimension}>
            <Bar
              label={g.dimension}
              value={g.gap ?? 0}
              max={widest}
              tone={g.gap !== null && g.gap < 0 ? 'bad' : 'good'}
              text={g.gap === null ? '—' : `${g.gap > 0 ? '+' : ''}${g.gap.toFixed(1)}`}
            />
            <p className="field-hint">{t('participant.rating.means', { expectation: fixed(g.expectation), perception: fixed(g.perception), count: g.answers })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
