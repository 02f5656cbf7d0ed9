import { useEffect } from 'react';
import type { ByeReason } from '../../shared/protocol/messages.ts';
import { useUi } from '../i18n/useUi.ts';
import { forgetIdentity } from './identity.ts';

/**
 * The host ended this phone's place for good. A closed classroom may open again ("try again" reconnects with the same
 * place, and keeps trying until the host greets it; a classroom reopened for another workshop needs a new code); a
 * removed participant's credential is dead, so it is forgotten at once and only a new join is offered.
 */
export function EndedScreen({ reason, retrying = false, onRetry, onLeave }: { reason: ByeReason; retrying?: boolean; onRetry(): void; onLeave(): void }) {
  const { t } = useUi();
  useEffect(() => {
    if (reason === 'removed') forgetIdentity();
  }, [reason]);
  return (
    <main className="p-ended" role="alert" aria-labelledby="p-ended-title">
      <h1 id="p-ended-title">{t(`participant.ended.${reason}.title`)}</h1>
      <p className="p-ended-text">{t(`participant.ended.${reason}.text`)}</p>
      {reason === 'classroomClosed' ? (
        <>
          {retrying ? (
            <p className="p-ended-text" role="status">
              {t('participant.ended.waiting')}
            </p>
          ) : (
            <button type="button" className="btn btn-primary btn-large p-wide" onClick={onRetry}>
              {t('participant.ended.retry')}
            </button>
          )}
          <button type="button" className="btn btn-large p-wide" onClick={onLeave}>
            {t('participant.ended.newCode')}
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-primary btn-large p-wide" onClick={onLeave}>
          {t('participant.ended.joinAgain')}
        </button>
      )}
    </main>
  );
}
