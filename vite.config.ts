import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { builtFiguresPlugin } from './scripts/builtFiguresPlugin.ts';
import { builtLayoutsPlugin } from './scripts/builtLayoutsPlugin.ts';
import { cspPlugin } from './scripts/lib/cspPlugin.ts';
import { translationPreloadPlugin } from './scripts/translationPreloadPlugin.ts';
import { deckPlugin } from './src/content/vitePlugin.ts';

/**
 * reveal's notes plugin bundles a whole copy of marked (50 kB, 13 kB gzip, ~200 regexes built at startup) only so the
 * speaker view can render notes marked `data-markdown`. Our notes are HTML rendered at build time and never carry that
 * attribute, so the copy is cut out of the build: the first slide loads less script and runs less of it.
 */
function notesWithoutMarked(): Plugin {
  const MARKED = '//#region node_modules/marked/';
  const PLUGIN = '//#region plugin/notes/';
  return {
    name: 'give-first:notes-without-marked',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]reveal\.js[\\/]dist[\\/]plugin[\\/]notes\.mjs$/.test(id)) return undefined;
      const start = code.indexOf(MARKED);
      const end = code.indexOf(PLUGIN);
      // the plugin's only use of the copy: `popup.marked = $`, read by the speaker view for `data-markdown` notes
      if (start < 0 || end < start || (code.slice(end).match(/\$/g) ?? []).length !== 1)
        this.error('reveal.js notes plugin changed shape: update notesWithoutMarked in vite.config.ts');
      return { code: `${code.slice(0, start)}var $ = { parse: (html) => html };\n${code.slice(end)}`, map: null };
    },
  };
}

// GF_SLIDES=dir builds another slides folder (the tests' fixture deck).
// `npm run build` → dist/ (any sub-path, thanks to base './'); `npm run build:single` → dist-single/index.html,
// one self-contained file that works from file:// (scripts, styles, fonts inlined).
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const slides = process.env.GF_SLIDES ?? 'slides';
  return {
    base: './',
    plugins: [
      deckPlugin({ dir: slides }),
      builtFiguresPlugin({ dir: slides, single }),
      builtLayoutsPlugin({ dir: slides }),
      notesWithoutMarked(),
      ...(single ? [] : [translationPreloadPlugin()]),
      ...(single ? [viteSingleFile()] : []),
      cspPlugin(),
    ],
    build: {
      outDir: single ? 'dist-single' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 4096,
      // handout.html: the handout's own page, which loads no reveal.js (src/handoutMain.ts). The single file is one
      // page, index.html, whose ?view=handout draws the handout itself. join.html: the room's participant page
      // (src/join), served by `npm run room` only; it loads neither reveal.js nor d3.
      rolldownOptions: single ? {} : { input: { index: 'index.html', handout: 'handout.html', join: 'join.html' } },
    },
    server: { open: !process.env.CI },
  };
});
