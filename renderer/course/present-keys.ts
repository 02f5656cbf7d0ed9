import { useEffect, useRef } from 'react';

export interface PresentKeys {
  next(): void;
  prev(): void;
  black?(): void;
  timer(): void;
  fullscreen?(): void;
  exit(): void;
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The projection's keys: →/Space/PageDown next, ←/PageUp back, B black, T timer, F full screen, Esc out. */
export function usePresentKeys(keys: PresentKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Typing scores into a tool, or a key with a modifier (browser shortcuts), is not a command.
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const k = latest.current;
      const action: Record<string, (() => void) | undefined> = {
        ArrowRight: k.next,
        ' ': k.next,
        PageDown: k.next,
        ArrowLeft: k.prev,
        PageUp: k.prev,
        b: k.black,
        B: k.black,
        t: k.timer,
        T: k.timer,
        f: k.fullscreen,
        F: k.fullscreen,
        Escape: k.exit,
      };
      const run = action[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
