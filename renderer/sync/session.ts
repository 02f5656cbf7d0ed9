import { HTTP, TOKEN_FRAGMENT } from '../../shared/protocol/http.ts';

const LAUNCH_KEY = 'satisfy.launchCode';

/**
 * Where this page keeps its session: the trainer's lives in the tab (sessionStorage); a participant's and a display's
 * on the device (localStorage, per origin, each under its own key), so a reload or a phone that slept keeps its place.
 */
let keeper = (): Storage => sessionStorage;
let storageKey = 'satisfy.token';

/** Called once by the participant app (or a display, with its own key) before anything reads the session. */
export function keepSessionOnDevice(key = storageKey): void {
  keeper = () => localStorage;
  storageKey = key;
}

export function storeSessionToken(token: string): void {
  keeper().setItem(storageKey, token);
}

/** After the trainer removed this person: the credential is dead, and the device should not offer it again. */
export function forgetSessionToken(): void {
  keeper().removeItem(storageKey);
}

/**
 * Takes the launch code from the trainer's link (`#token=…`) once, removes it from the address bar (so it is not
 * shown on the projector or copied along with a URL), and trades it for a session kept in this tab. The session
 * outlives a restart of the host, so the tab gets back in without a new link; a link from an earlier start no longer
 * opens anything, but a tab that already holds a session keeps it.
 */
export async function startSession(): Promise<string | null> {
  const match = new RegExp(`(?:^#|&)${TOKEN_FRAGMENT}=([A-Za-z0-9_-]+)`).exec(location.hash);
  // Kept until traded, so a reload while the trade is under way does not lose the link.
  if (match) {
    sessionStorage.setItem(LAUNCH_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search + '#/');
  }
  const code = sessionStorage.getItem(LAUNCH_KEY);
  if (code) {
    try {
      const res = await fetch(HTTP.session, { method: 'POST', headers: { authorization: `Bearer ${code}` } });
      if (res.ok) storeSessionToken(((await res.json()) as { token: string }).token);
      if (res.ok || res.status === 401) sessionStorage.removeItem(LAUNCH_KEY);
    } catch {
      // The host is away: a session this tab already holds is tried below, and the code again at the next start.
    }
  }
  return sessionToken();
}

export function sessionToken(): string | null {
  try {
    return keeper().getItem(storageKey);
  } catch {
    return null;
  }
}

const NAME_KEY = 'satisfy.displayName';

/** The name this browser shows to the others; kept across visits. */
export function storedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Without storage the name lasts for this page only.
  }
}

export const socketUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${HTTP.socket}`;

export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = sessionToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers });
}
