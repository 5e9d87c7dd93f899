import { networkInterfaces } from 'node:os';

/** Every address a phone on the same network could use: each non-internal IPv4 interface, then localhost. */
export function joinUrls(port: number, path = '/join', interfaces = networkInterfaces()): string[] {
  const lan: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) lan.push(`http://${a.address}:${port}${path}`);
  }
  return [...lan, `http://localhost:${port}${path}`];
}
