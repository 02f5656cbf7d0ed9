import { useUi } from '../i18n/useUi.ts';
import { workshopHref } from '../routing.ts';
import { DELIVERABLES } from './deliverables.ts';

/** The deliverables of the course as links; the current one is marked for the eye (and aria-current). */
export function DeliverablesNav({ workshopId, current }: { workshopId: string; current: string }) {
  const { t } = useUi();
  return (
    <nav className="deliverables" aria-label={t('workshop.deliverablesLabel')}>
      <ul>
        {DELIVERABLES.map((d) => (
          <li key={d.id}>
            <a
              className="deliverable-link"
              href={workshopHref(workshopId, d.id)}
              aria-current={d.id === current ? 'page' : undefined}
            >
              <span className="deliverable-short">{t(`deliverable.${d.id}.short`)}</span>
              <span className="deliverable-title">{t(`deliverable.${d.id}.title`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
