import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per launch: links from an earlier class stop working when the app restarts. */
export const newToken = (): string => randomBytes(24).toString('base64url');

export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const bearerOf = (header: string | undefined): string | undefined =>
  header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;

/** Browsers send the token as a WebSocket subprotocol (they cannot set headers there): `auth.<token>`. */
export const tokenFromProtocols = (header: string | undefined): string | undefined =>
  header
    ?.split(',')
    .map((p) => p.trim())
    .find((p) => p.startsWith('auth.'))
    ?.slice(5);

export const APP_SUBPROTOCOL = 'satisfy';

/**
 * Defends against DNS rebinding: the Host header must name this machine as the host itself was told to serve it.
 * The Origin, when a browser sends one, must be that same host (a page elsewhere may not drive the host).
 */
export function requestAllowed(hostHeader: string | undefined, origin: string | undefined, allowedHosts: ReadonlySet<string>): boolean {
  if (!hostHeader || !allowedHosts.has(hostHeader.toLowerCase())) return false;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === hostHeader.toLowerCase();
  } catch {
    return false;
  }
}
