import { HTTP, TOKEN_FRAGMENT } from '../../shared/protocol/http.ts';

const STORAGE_KEY = 'satisfy.token';

/**
 * Takes the token from the link's fragment (`#token=…`) once, keeps it for this tab, and removes it from the
 * address bar so it is not shown on the projector or copied along with a URL.
 */
export function readToken(): string | null {
  const match = new RegExp(`(?:^#|&)${TOKEN_FRAGMENT}=([A-Za-z0-9_-]+)`).exec(location.hash);
  if (match) {
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search + '#/');
  }
  return sessionStorage.getItem(STORAGE_KEY);
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
  const token = sessionStorage.getItem(STORAGE_KEY);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers });
}
