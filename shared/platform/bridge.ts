/**
 * What the desktop shell adds to the page (exposed by electron/preload.ts as `window.satisfyDesktop`).
 * Every feature has a browser fallback in renderer/platform, so the page never requires it.
 */
export interface DesktopBridge {
  /** Native save dialog; resolves 'cancelled' when the user closes it. */
  saveFile(suggestedName: string, data: Uint8Array): Promise<'saved' | 'cancelled'>;
  toggleFullscreen(): Promise<void>;
}

export const BRIDGE_GLOBAL = 'satisfyDesktop';
