import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The window's width, following resizes (a projector plugged in, full screen): chart labels grow with it. */
export const useViewportWidth = (): number => useSyncExternalStore(subscribe, () => window.innerWidth);
