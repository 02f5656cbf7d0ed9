import { useUi } from '../i18n/useUi.ts';
import { libraryHref } from '../routing.ts';
import { useConnection, useWatchWorkshop } from '../sync/hooks.ts';
import { DeliverablesNav } from './DeliverablesNav.tsx';
import { findDeliverable } from './deliverables.ts';
import { FULL_PAGE_SCREENS } from './full-page-screens.ts';
import { WorkshopContext } from './WorkshopContext.tsx';
import { WorkshopHeader } from './WorkshopHeader.tsx';
import './workshop.css';

/** One workshop: subscribes to it while open, then shows its header, the deliverables and the chosen one. */
export function WorkshopScreen({ workshopId, deliverable }: { workshopId: string; deliverable: string | null }) {
  const { t } = useUi();
  const { ready, gone } = useWatchWorkshop(workshopId);
  const { status } = useConnection();

  if (gone || !ready) {
    return (
      <div className="screen">
        {gone || status !== 'refused' ? (
          <p className={gone ? 'placeholder placeholder-warn' : 'placeholder'} role={gone ? 'alert' : 'status'}>
            {gone ? t('workshop.gone') : t('workshop.loading')}
          </p>
        ) : null}
        <a className="btn" href={libraryHref()}>
          <span aria-hidden="true">← </span>
          {t('workshop.back')}
        </a>
      </div>
    );
  }

  const FullPage = deliverable ? FULL_PAGE_SCREENS[deliverable] : undefined;
  if (FullPage)
    return (
      <WorkshopContext.Provider value={workshopId}>
        <FullPage />
      </WorkshopContext.Provider>
    );
  const current = findDeliverable(deliverable);
  return (
    <WorkshopContext.Provider value={workshopId}>
      <div className="screen workshop">
        <WorkshopHeader />
        <DeliverablesNav workshopId={workshopId} current={current.id} />
        <current.Screen />
      </div>
    </WorkshopContext.Provider>
  );
}
