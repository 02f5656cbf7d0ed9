import type { NpsResult } from '../../../shared/rules/nps.ts';
import { useUi } from '../../i18n/useUi.ts';
import { Bar } from './Bar.tsx';

/** The revealed poll: the NPS, the three groups and how many gave each score, as text and bars. */
export function NpsResults({ result }: { result: NpsResult }) {
  const { t } = useUi();
  const most = Math.max(1, ...result.distribution);
  return (
    <section className="p-results" aria-label={t('participant.results')}>
      <p className="p-big-number">
        NPS <strong>{result.nps === null ? '—' : Math.round(result.nps)}</strong>
      </p>
      <p>{t('participant.nps.groups', { promoters: result.promoters, passives: result.passives, detractors: result.detractors, count: result.count })}</p>
      <ul className="p-bars">
        {result.distribution.map((n, score) => (
          <li key={score}>
            <Bar label={String(score)} value={n} max={most} text={String(n)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
