// The theme first, so the participant stylesheet can refine it.
import '../theme.css';
import './participant.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { DISPLAY_FRAGMENT } from '../../shared/protocol/classroom.ts';
import { preferredLanguage } from '../i18n/language.ts';
import { setupI18n } from '../i18n/setup.ts';
import { keepSessionOnDevice, storeSessionToken } from '../sync/session.ts';
import { DISPLAY_TOKEN_KEY, displayFragment } from './display/display-link.ts';
import { addParticipantWords } from './i18n.ts';
import { ParticipantApp } from './ParticipantApp.tsx';

// Loaded only by a display: the charts it draws are no weight for forty phones.
const DisplayApp = lazy(() => import('./display/DisplayApp.tsx').then((m) => ({ default: m.DisplayApp })));

// Before anything reads the session: a phone keeps its place in the classroom across reloads and sleep, and a
// display its link (under its own key, so a phone's place on the same browser is left alone).
const display = displayFragment(location.hash);
if (display) {
  keepSessionOnDevice(DISPLAY_TOKEN_KEY);
  if (display.token) storeSessionToken(display.token);
  // The credential leaves the address bar (a projected one would show it); the mode stays for a reload.
  history.replaceState(null, '', `${location.pathname}${location.search}#${DISPLAY_FRAGMENT}`);
} else keepSessionOnDevice();
// A phone set to English opens in English until its owner picks; the trainer's app starts in the course's Chinese.
addParticipantWords(setupI18n(preferredLanguage(navigator.languages)));

const root = document.getElementById('root');
if (!root) throw new Error('participant.html lacks #root');
createRoot(root).render(
  <StrictMode>
    {display ? (
      <Suspense fallback={null}>
        <DisplayApp />
      </Suspense>
    ) : (
      <ParticipantApp />
    )}
  </StrictMode>,
);
