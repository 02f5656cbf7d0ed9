import '../../activities/activities.css';
import '../../classroom/classroom.css';
import '../../course/course.css';
import './display.css';
import { useUi } from '../../i18n/useUi.ts';
import { DisplayMessage } from './DisplayMessage.tsx';
import { DisplayRoom } from './DisplayRoom.tsx';
import { useSessionInfo } from './use-session-info.ts';

/**
 * A read-only display (大屏): a projector's computer or a hall's extra screen, opened from the trainer's display link.
 * It shows what the room may see and edits nothing; it runs unattended, so it gets back in by itself after a closed
 * classroom reopens or the network returns, and says plainly when its link no longer works.
 */
export function DisplayApp() {
  const { t } = useUi();
  const { state, refresh } = useSessionInfo();
  if (state.kind === 'ok') return <DisplayRoom workshopId={state.workshopId} joinCode={state.joinCode} onRecheck={refresh} />;
  if (state.kind === 'noLink' || state.kind === 'refused') {
    return <DisplayMessage title={t('participant.display.revoked.title')} text={t('participant.display.revoked.text')} alert />;
  }
  if (state.kind === 'unreachable') return <DisplayMessage title={t('participant.display.waiting.title')} text={t('participant.display.waiting.text')} />;
  return <DisplayMessage title={t('participant.display.loading')} text="" />;
}
