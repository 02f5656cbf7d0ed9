import { journeyWarnings } from '../../shared/deliverables/journey/peak-end.ts';
import type { JourneyView } from '../../shared/deliverables/journey/view.ts';
import { warningText } from '../../shared/deliverables/journey/warning-text.ts';
import { useUi } from '../i18n/useUi.ts';

/** What the trainer would say about this journey's peak, end and empty stages; updated as the class edits. */
export function WarningsPanel({ view }: { view: JourneyView }) {
  const { t, lang } = useUi();
  const warnings = journeyWarnings(view);
  return (
    <section className="journey-warnings" aria-live="polite" aria-label={t('journey.warnings')}>
      <h3>{t('journey.warnings')}</h3>
      {warnings.length ? (
        <ul>
          {warnings.map((w) => (
            <li key={w.kind + ('stageId' in w ? w.stageId : '')} className="journey-warning">
              {warningText(w, view, lang)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="journey-ok">{t('journey.allGood')}</p>
      )}
    </section>
  );
}
