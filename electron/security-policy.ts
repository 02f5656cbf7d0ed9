import { cleanFileName } from '../shared/rules/file-name.ts';

/**
 * Electron's security checklist as plain data and functions, so it is tested without the Electron binary.
 * main.ts applies these to every window; nothing else decides what a window may do.
 */

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** The window may only show the host's own pages. */
export function isAllowedNavigation(target: string, hostOrigin: string): boolean {
  try {
    return new URL(target).origin === new URL(hostOrigin).origin;
  } catch {
    return false;
  }
}

/**
 * The one page the app may open in a second window: a workshop's presenter view (notes, next step, timer) for the
 * trainer's own screen while the projector shows the step. Same origin, that route only.
 */
export function isPresenterWindow(target: string, hostOrigin: string): boolean {
  if (!isAllowedNavigation(target, hostOrigin)) return false;
  return /^#\/w\/[A-Za-z0-9_-]{8,40}\/presenter$/.test(new URL(target).hash);
}

/** Links to the web open in the user's browser, never inside the app; everything else is dropped. */
export function externalUrlToOpen(target: string): string | null {
  try {
    const url = new URL(target);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Only what the app uses: going fullscreen for the projector, and writing to the clipboard (copy a join link). */
const ALLOWED_PERMISSIONS = new Set(['fullscreen', 'clipboard-sanitized-write']);
export const isAllowedPermission = (permission: string): boolean => ALLOWED_PERMISSIONS.has(permission);

/** A save request is honoured only from the host's page, and only for a plain file name. */
export function safeSuggestedName(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return null;
  return cleanFileName(name);
}
