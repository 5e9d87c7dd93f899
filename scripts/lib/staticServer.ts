import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  /** bytes sent on the wire (after gzip) since the last reset, for the bench's transfer figures */
  bytesSent(): number;
  resetBytes(): void;
  close(): Promise<void>;
}

/**
 * A small static file server on 127.0.0.1 for tests, the handout export and the bench: it gzips text like a real
 * host would, so transfer sizes measured through it mean what they say. Paths outside `dir` are refused.
 */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  let sent = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /text|javascript|json|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    body.on('data', (chunk: Buffer) => {
      sent += chunk.length;
    });
    body.pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    bytesSent: () => sent,
    resetBytes: () => {
      sent = 0;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
