import { useEffect, useRef } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { toggleFullscreen } from '../platform/fullscreen.ts';
import { JoinCard } from './JoinCard.tsx';

/** The projector's view of the join screen: only the address, the QR code and the code, filling the window. */
export function JoinProjection({ joinUrl, joinCode, onExit }: { joinUrl: string; joinCode: string; onExit(): void }) {
  const { t } = useUi();
  const root = useRef<HTMLDivElement>(null);
  const exit = useRef(onExit);
  exit.current = onExit;
  useEffect(() => {
    root.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') exit.current();
      else if (e.key === 'f' || e.key === 'F') void toggleFullscreen().catch(() => undefined);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="join-projection" ref={root} tabIndex={-1} role="region" aria-label={t('classroom.room.projectLabel')}>
      <JoinCard joinUrl={joinUrl} joinCode={joinCode} big />
      <footer className="join-projection-keys">
        <span>{t('classroom.room.projectKeys')}</span>
        <button type="button" className="btn btn-small" onClick={onExit}>
          {t('classroom.room.projectExit')}
        </button>
      </footer>
    </div>
  );
}
