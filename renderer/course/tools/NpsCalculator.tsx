import { useState } from 'react';
import { npsOf, parseScores } from '../../../shared/rules/nps.ts';
import { useUi } from '../../i18n/useUi.ts';

const pct = (n: number) => `${Math.round(n)}%`;
const bandOf = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

/** Scores typed or pasted from a survey become the three shares, the NPS, and a bar per score. */
export function NpsCalculator() {
  const { t } = useUi();
  const [text, setText] = useState('');
  const { scores, rejected } = parseScores(text);
  const r = npsOf(scores);
  const max = Math.max(1, ...r.distribution);
  return (
    <div className="tool tool-nps">
      <label className="tool-field">
        <span>{t('course.tools.nps.input')}</span>
        <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} data-testid="nps-input" />
      </label>
      {rejected.length > 0 ? <p className="tool-warn" role="alert">{t('course.tools.nps.rejected', { list: rejected.slice(0, 8).join(' ') })}</p> : null}
      <div className="nps-result" aria-live="polite">
        <p className="nps-score">
          <span>{t('course.tools.nps.nps')}</span>
          <strong data-testid="nps-value">{r.nps === null ? '—' : Math.round(r.nps)}</strong>
        </p>
        <dl className="nps-shares">
          <div className="band-promoter"><dt>{t('course.tools.nps.promoters')}</dt><dd data-testid="nps-promoters">{pct(r.promoterPct)}</dd></div>
          <div className="band-passive"><dt>{t('course.tools.nps.passives')}</dt><dd data-testid="nps-passives">{pct(r.passivePct)}</dd></div>
          <div className="band-detractor"><dt>{t('course.tools.nps.detractors')}</dt><dd data-testid="nps-detractors">{pct(r.detractorPct)}</dd></div>
        </dl>
        <p className="tool-note">{r.count ? t('course.tools.nps.count', { n: r.count }) : t('course.tools.nps.none')}</p>
      </div>
      <figure className="nps-chart" aria-label={t('course.tools.nps.chart')}>
        {r.distribution.map((n, score) => (
          <div key={score} className={`nps-bar band-${bandOf(score)}`}>
            <span className="nps-bar-count">{n || ''}</span>
            <span className="nps-bar-fill" style={{ height: `${(n / max) * 100}%` }} />
            <span className="nps-bar-label">{score}</span>
          </div>
        ))}
      </figure>
    </div>
  );
}
