import { DISPLAY_FRAGMENT } from '../../../shared/protocol/classroom.ts';

/** Where a display keeps its credential: apart from a participant's on the same browser. */
export const DISPLAY_TOKEN_KEY = 'satisfy.displayToken';

/**
 * Whether the page was opened as a read-only display (`#display`), and with which credential (`#display=<token>`,
 * as the trainer's link carries it; a reload after the token left the address bar has none).
 */
export function displayFragment(hash: string): { token: string | null } | null {
  const match = new RegExp(`^#${DISPLAY_FRAGMENT}(?:=([A-Za-z0-9_-]{16,200}))?$`).exec(hash);
  return match ? { token: match[1] ?? null } : null;
}
