import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * host would, so transfer sizes measured through it mean what they say. Like a real host it compresses a file once
 * (until the file changes), not on every request: the handout export loads ~0.7 MB of script each time. Paths outside
 * `dir` are refused.
 */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  let sent = 0;
  const zipped = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();
  const gzipped = (file: string): Buffer => {
    const { mtimeMs, size } = statSync(file);
    const hit = zipped.get(file);
    if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
    const body = gzipSync(readFileSync(file));
    zipped.set(file, { mtimeMs, size, body });
    return body;
  };
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
    if (gzip) {
      const body = gzipped(file);
      sent += body.length;
      res.end(body);
      return;
    }
    const body = createReadStream(file);
    body.on('data', (chunk: string | Buffer) => {
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
