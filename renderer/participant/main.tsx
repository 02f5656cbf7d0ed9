// The theme first, so the participant stylesheet can refine it.
import '../theme.css';
import './participant.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preferredLanguage } from '../i18n/language.ts';
import { setupI18n } from '../i18n/setup.ts';
import { keepSessionOnDevice } from '../sync/session.ts';
import { addParticipantWords } from './i18n.ts';
import { ParticipantApp } from './ParticipantApp.tsx';

// Before anything reads the session: a phone keeps its place in the classroom across reloads and sleep.
keepSessionOnDevice();
// A phone set to English opens in English until its owner picks; the trainer's app starts in the course's Chinese.
addParticipantWords(setupI18n(preferredLanguage(navigator.languages)));

const root = document.getElementById('root');
if (!root) throw new Error('participant.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>,
);
