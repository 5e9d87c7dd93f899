import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * reveal's speaker view is an about:blank popup that the notes plugin fills with document.write; it inherits this
 * page's CSP, so its one inline script must be allowed by hash. The hash is taken from the installed plugin at build
 * time, so upgrading reveal.js cannot silently break the speaker view.
 */
function speakerViewScriptHashes(): string[] {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('reveal.js/plugin/notes').replace(/\.js$/, '.mjs'), 'utf8');
  const start = source.indexOf('.document.write(');
  if (start < 0) throw new Error('reveal.js notes plugin: speaker view template not found; update cspPlugin');
  const literal = /^"(?:[^"\\]|\\.)*"/s.exec(source.slice(start + '.document.write('.length));
  if (!literal) throw new Error('reveal.js notes plugin: speaker view template is not a plain string literal');
  // The match is exactly one JS string literal, so evaluating it runs no code; it decodes the escapes as JS would.
  const html = runInNewContext(literal[0]) as string;
  return inlineScripts(html).map(sha256);
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
}

/** The policy: only the kit's own scripts (by origin or hash) and styles; no network beyond the kit itself. */
function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // inline styles: d3 and reveal position things with style attributes, and the speaker view writes <style> blocks
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    // the model's Web Worker (widgets/runOffThread.ts) is inlined and started from a blob: URL made by the page
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Adds a CSP <meta> to the built index.html. Runs after every other plugin (so after the single-file plugin has
 * inlined the bundle) and hashes whatever inline scripts the page then has. Not applied in `npm start`: vite's dev
 * client injects scripts of its own.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'give-first-csp',
    apply: 'build',
    enforce: 'post',
    // order 'post' and listed after it: the single-file plugin inlines the bundle in its own 'post' generateBundle
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const policy = contentSecurityPolicy([...speakerViewScriptHashes(), ...inlineScripts(html).map(sha256)]);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
          asset.source = html.replace(/<meta charset="utf-8" \/>|<meta charset="utf-8">/i, (m) => `${m}\n    ${meta}`);
        }
      },
    },
  };
}
