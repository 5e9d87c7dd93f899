import type { Plugin } from 'vite';
import { LANG_KEY } from '../src/i18n/startLocale.ts';

const TRANSLATION = '\0virtual:deck/';

/**
 * The page's first script, inline in <head>: when the page will show a translated deck (`?lang=es`, a stored choice,
 * a Spanish browser: the order of i18n/chooseLocale.ts, in brief), a <link rel=modulepreload> fetches that deck's
 * chunk alongside the page's own script instead of after it has run (measured by bench/load.ts, both languages). A
 * wrong guess costs a fetch, never the page: loadPageDeck still decides and imports what it needs.
 */
export function preloadScript(chunks: Record<string, string>): string {
  return `(() => {
  const chunks = ${JSON.stringify(chunks)};
  const has = (lang) => lang === 'en' || Object.hasOwn(chunks, lang);
  const asked = new URLSearchParams(location.search).get('lang');
  let lang = asked === 'en-XA' || (asked && has(asked)) ? asked : null;
  if (!lang) try { const stored = localStorage.getItem(${JSON.stringify(LANG_KEY)}); if (stored && (has(stored) || stored === 'en-XA')) lang = stored; } catch {}
  if (!lang) lang = (navigator.languages || []).map((l) => l.toLowerCase().split('-')[0]).find(has);
  if (!lang || !Object.hasOwn(chunks, lang)) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = chunks[lang];
  document.head.append(link);
})();`;
}

/** Adds preloadScript to every built page that loads the deck (not the single file: its chunks are inlined). */
export function translationPreloadPlugin(): Plugin {
  return {
    name: 'give-first:translation-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type === 'chunk' && chunk.facadeModuleId?.startsWith(TRANSLATION))
            chunks[chunk.facadeModuleId.slice(TRANSLATION.length)] = `./${chunk.fileName}`;
        }
        // the pages that show a deck; join.html (the room's phones) has a size budget and a deck of its own
        if (Object.keys(chunks).length === 0 || !['/index.html', '/handout.html'].includes(ctx.path)) return html;
        // right after <meta charset>: an inline script after a stylesheet <link> waits for the stylesheet to load
        const charset = /<meta charset="utf-8" ?\/?>/i;
        if (!charset.test(html)) this.error(`${ctx.path}: no <meta charset="utf-8"> to put the preload after`);
        return html.replace(charset, (meta) => `${meta}\n    <script>${preloadScript(chunks)}</script>`);
      },
    },
  };
}
