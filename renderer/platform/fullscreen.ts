import { useEffect, useState } from 'react';
import { desktopBridge } from './bridge.ts';

/** Full screen for the projector: the desktop shell's window, else the browser's Fullscreen API. */
export async function toggleFullscreen(): Promise<void> {
  const bridge = desktopBridge();
  if (bridge) return bridge.toggleFullscreen();
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen();
}

/** Whether the page is full screen in the browser (the desktop shell's window state is not visible here). */
export function useIsFullscreen(): boolean {
  const [on, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = (): void => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}
