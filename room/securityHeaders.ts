import type { ServerResponse } from 'node:http';

/**
 * The participant page's policy: its own script and style only, sockets to this server, no frames, no forms, no
 * inline anything. (The deck's pages carry their own CSP <meta> from the build.)
 */
const JOIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse, join: boolean): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (join) {
    res.setHeader('Content-Security-Policy', JOIN_CSP);
    res.setHeader('X-Frame-Options', 'DENY');
  }
}
