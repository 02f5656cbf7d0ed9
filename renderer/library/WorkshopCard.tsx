import type { Workshop } from '../../shared/domain/workshop.ts';
import { useUi } from '../i18n/useUi.ts';
import { workshopHref } from '../routing.ts';
import { formatDay, formatTimestamp } from './format.ts';

export type CardAction = 'rename' | 'edit' | 'duplicate' | 'delete';

interface Props {
  workshop: Workshop;
  onAction(action: CardAction, workshop: Workshop): void;
}

/** One workshop in the list: its name opens it; the buttons name the workshop for screen readers and tests. */
export function WorkshopCard({ workshop: w, onAction }: Props) {
  const { t, lang } = useUi();
  const dates =
    w.startDate || w.endDate
      ? t('library.dates', { start: w.startDate ? formatDay(w.startDate, lang) : '…', end: w.endDate ? formatDay(w.endDate, lang) : '…' })
      : t('library.noDates');
  const action = (key: CardAction, label: string, named: string, className = 'btn') => (
    <button type="button" className={className} aria-label={t(named, { name: w.name })} onClick={() => onAction(key, w)}>
      {t(label)}
    </button>
  );
  return (
    <li className="card workshop-card">
      <h3 className="card-title">
        <a href={workshopHref(w.id)}>
          {w.name}
        </a>
      </h3>
      <dl className="card-meta">
        <div>
          <dt>{t('field.company')}</dt>
          <dd>{w.company || t('library.noCompany')}</dd>
        </div>
        <div>
          <dt>{t('field.trainer')}</dt>
          <dd>{w.trainer || t('library.noTrainer')}</dd>
        </div>
        <div className="meta-wide">
          <dt>{t('library.datesLabel')}</dt>
          <dd>{dates}</dd>
        </div>
        <div>
          <dt>{t('field.language')}</dt>
          <dd>{t(`workshopForm.languageOption.${w.language}`)}</dd>
        </div>
        <div>
          <dt>{t('workshopForm.industry')}</dt>
          <dd>{t(`workshopForm.industryOption.${w.industry}`)}</dd>
        </div>
      </dl>
      <p className="card-updated">{t('library.updated', { when: formatTimestamp(w.updatedAt, lang) })}</p>
      <div className="card-actions">
        <a className="btn btn-primary" href={workshopHref(w.id)} aria-label={t('library.openNamed', { name: w.name })}>
          {t('library.open')}
        </a>
        {action('rename', 'library.rename', 'library.renameNamed')}
        {action('edit', 'library.edit', 'library.editNamed')}
        {action('duplicate', 'library.duplicate', 'library.duplicateNamed')}
        {action('delete', 'library.delete', 'library.deleteNamed', 'btn btn-danger-outline')}
      </div>
    </li>
  );
}
