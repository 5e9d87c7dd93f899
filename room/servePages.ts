import type { RequestListener } from 'node:http';
import sirv from 'sirv';
import { setSecurityHeaders } from './securityHeaders.ts';

/** The room's HTTP side: the built kit and the participant page (`/join`) from `dist`, with the security headers. */
export function servePages(dist: string): RequestListener {
  const serve = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    setSecurityHeaders(res, path === '/join' || path === '/join.html');
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  };
}
