import { emotionLabel } from '../../../shared/charts/journey-layout.ts';
import type { Card } from '../../../shared/deliverables/journey/schemas.ts';
import { useUi } from '../../i18n/useUi.ts';

const FIELDS = [
  ['touchpoint', 'journey.touchpoint'],
  ['expectation', 'journey.expectation'],
  ['standard', 'journey.standard'],
  ['script', 'journey.script'],
  ['wow', 'journey.wow'],
  ['owner', 'journey.ownerPost'],
] as const;

/** A moment while editing is locked: everything it holds, as text to read (the editor would only refuse). */
export function CardReadOnly({ card, onClose }: { card: Card; onClose(): void }) {
  const { t } = useUi();
  return (
    <article className="card-editor p-card-read" aria-label={card.touchpoint || t('participant.work.untitled')}>
      <dl>
        {FIELDS.map(([field, label]) =>
          card[field] ? (
            <div key={field}>
              <dt>{t(label)}</dt>
              <dd>{card[field]}</dd>
            </div>
          ) : null,
        )}
        <div>
          <dt>{t('journey.emotion')}</dt>
          <dd>{emotionLabel(card.emotion)}</dd>
        </div>
      </dl>
      <button type="button" className="btn btn-small" onClick={onClose}>
        {t('journey.closeEditor')}
      </button>
    </article>
  );
}
