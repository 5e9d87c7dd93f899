import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of the participant page over the wire (gzip): join.html and every script and style it loads, transitively. */
export function joinPageBytes(dist = 'dist'): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    const refs = [
      ...text.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"|from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g),
    ];
    for (const m of refs) {
      const ref = m[1] ?? m[2] ?? m[3]!;
      visit(file.endsWith('.html') ? ref : join(file.replace(/[^/]+$/, ''), ref));
    }
  };
  visit('join.html');
  return [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
}
