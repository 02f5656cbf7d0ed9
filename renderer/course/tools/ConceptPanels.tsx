import { useState } from 'react';
import { FACTORS, factorKind } from '../../../shared/course/factors.ts';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { decayed, peakEnd } from '../../../shared/rules/peak-end.ts';
import { FACTOR_TEXT, FIVE_GAPS, PEAK_END_JOURNEY } from '../../../templates/concepts.ts';
import { DIMENSION_GUIDES } from '../../../templates/dimension-guides.ts';
import { useUi } from '../../i18n/useUi.ts';

/** The five dimensions, each with its meaning and one example indicator; one is opened at a time to discuss. */
export function ServqualPanel() {
  const { t, lang } = useUi();
  const [open, setOpen] = useState<string>(DIMENSIONS[0]);
  return (
    <div className="tool tool-servqual">
      {DIMENSIONS.map((d) => {
        const guide = DIMENSION_GUIDES.find((g) => g.dimension === d);
        return (
          <div key={d} className="servqual-dim">
            <button type="button" className="btn" aria-expanded={open === d} onClick={() => setOpen(d)}>
              {t(`dimension.${d}.name`)}
            </button>
            {open === d ? (
              <div className="servqual-body">
                <p>{t(`dimension.${d}.short`)}</p>
                {guide?.examples[0] ? <p className="tool-example">{guide.examples[0][lang]}</p> : null}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** Four values push perceived value up, four costs pull it down: two columns with arrows. */
export function EightFactorsPanel() {
  const { t, lang } = useUi();
  const column = (kind: 'value' | 'cost') => (
    <ul className={`factors factors-${kind}`}>
      {FACTORS.filter((f) => factorKind(f) === kind).map((f) => (
        <li key={f}>
          <span aria-hidden="true">{kind === 'value' ? '▲' : '▼'} </span>
          <strong>{FACTOR_TEXT[f].name[lang]}</strong>
          <span className="factor-lever">{FACTOR_TEXT[f].lever[lang]}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="tool tool-factors">
      <div>
        <h4>{t('course.tools.eightFactors.values')}</h4>
        {column('value')}
      </div>
      <div>
        <h4>{t('course.tools.eightFactors.costs')}</h4>
        {column('cost')}
      </div>
    </div>
  );
}

/** Quality per hand-off to the power of the number of hand-offs: what reaches the customer. */
export function DecayPanel() {
  const { t } = useUi();
  const [quality, setQuality] = useState(99);
  const [steps, setSteps] = useState(3);
  const left = decayed(quality / 100, steps) * 100;
  return (
    <div className="tool tool-decay">
      <label className="tool-field">
        <span>{t('course.tools.decay.quality')}</span>
        <input type="number" min={50} max={100} value={quality} onChange={(e) => setQuality(Math.min(100, Math.max(0, Number(e.target.value))))} />
      </label>
      <label className="tool-field">
        <span>{t('course.tools.decay.steps')}</span>
        <input type="number" min={1} max={20} value={steps} onChange={(e) => setSteps(Math.min(20, Math.max(1, Math.round(Number(e.target.value)))))} />
      </label>
      <div className="decay-bars" aria-hidden="true">
        {Array.from({ length: steps }, (_, i) => (
          <span key={i} style={{ height: `${decayed(quality / 100, i + 1) * 100}%` }} />
        ))}
      </div>
      <p className="tool-big" data-testid="decay-result">{t('course.tools.decay.result', { pct: left.toFixed(1) })}</p>
    </div>
  );
}

/** The five gaps as a ladder from the customer's expectation down to the service delivered. */
export function FiveGapsPanel() {
  const { lang } = useUi();
  return (
    <ol className="tool tool-gaps">
      {FIVE_GAPS.map((g) => (
        <li key={g.n} className={g.n === 5 ? 'gap-customer' : ''}>
          <span className="gap-n">{g.n}</span>
          <strong>{g.name[lang]}</strong>
          <span>{g.between[lang]}</span>
        </li>
      ))}
    </ol>
  );
}

/** A stay drawn as a feeling curve, its peak and end marked: the memory is their mean, not the average. */
export function PeakEndPanel() {
  const { t, lang } = useUi();
  const feelings = PEAK_END_JOURNEY.map((m) => m.feeling);
  const r = peakEnd(feelings)!;
  const w = 600;
  const h = 220;
  const x = (i: number) => 40 + (i * (w - 80)) / (feelings.length - 1);
  const y = (f: number) => h / 2 - f * 18;
  return (
    <figure className="tool tool-peak">
      <svg viewBox={`0 0 ${w} ${h + 40}`} role="img" aria-label={t('course.tools.peakEnd.caption')}>
        <line x1={20} x2={w - 20} y1={h / 2} y2={h / 2} className="peak-axis" />
        <polyline points={feelings.map((f, i) => `${x(i)},${y(f)}`).join(' ')} className="peak-line" />
        {feelings.map((f, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(f)} r={i === r.peakIndex || i === r.endIndex ? 12 : 7} className={i === r.peakIndex ? 'peak-dot-peak' : i === r.endIndex ? 'peak-dot-end' : 'peak-dot'} />
            <text x={x(i)} y={h + 30} textAnchor="middle" className="peak-label">
              {PEAK_END_JOURNEY[i]!.moment[lang]}
            </text>
          </g>
        ))}
        <text x={x(r.peakIndex)} y={y(feelings[r.peakIndex]!) - 20} textAnchor="middle" className="peak-tag">{t('course.tools.peakEnd.peak')}</text>
        <text x={x(r.endIndex)} y={y(feelings[r.endIndex]!) - 20} textAnchor="middle" className="peak-tag">{t('course.tools.peakEnd.end')}</text>
      </svg>
      <figcaption>{t('course.tools.peakEnd.caption')}</figcaption>
    </figure>
  );
}
