/**
 * The page may load only what the host serves and talk only to the host. Inline styles stay allowed because
 * React Flow positions nodes with style attributes; scripts never run inline.
 */
export function contentSecurityPolicy(host: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every page and file the host serves carries, on the loopback and the classroom listener alike. */
export const securityHeaders = (host: string): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(host),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
});
