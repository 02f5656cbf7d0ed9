// The theme first, so the participant stylesheet can refine it.
import '../theme.css';
import './participant.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setup.ts';
import { keepSessionOnDevice } from '../sync/session.ts';
import { addParticipantWords } from './i18n.ts';
import { ParticipantApp } from './ParticipantApp.tsx';

// Before anything reads the session: a phone keeps its place in the classroom across reloads and sleep.
keepSessionOnDevice();
addParticipantWords(setupI18n());

const root = document.getElementById('root');
if (!root) throw new Error('participant.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>,
);
