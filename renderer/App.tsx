import type { MouseEvent } from 'react';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { Notices } from './components/Notices.tsx';
import { TopBar } from './components/TopBar.tsx';
import { LibraryScreen } from './library/LibraryScreen.tsx';
import { useRoute } from './routing.ts';
import { SyncProvider } from './sync/SyncProvider.tsx';
import { WorkshopScreen } from './workshop/WorkshopScreen.tsx';
import { useUi } from './i18n/useUi.ts';
import { useConnection } from './sync/hooks.ts';

/** The page: the sync connection around everything, a top bar, the current screen, and the notices. */
export function App() {
  return (
    <SyncProvider>
      <Shell />
    </SyncProvider>
  );
}

function Shell() {
  const { t } = useUi();
  const route = useRoute();
  const { status } = useConnection();
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => skipTo(e)}>
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <ConnectionBanner />
      <main id="main" tabIndex={-1} className="main">
        {/* A page that cannot get back in takes no more edits: every control below is disabled, and the banner says why. */}
        <fieldset className="main-fieldset" disabled={status === 'refused'}>
          {route.screen === 'workshop' ? (
            <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} deliverable={route.deliverable} />
          ) : (
            <LibraryScreen />
          )}
        </fieldset>
      </main>
      <Notices />
    </div>
  );
}

/** The skip link moves focus without touching the hash, which is the router's. */
function skipTo(e: MouseEvent): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
