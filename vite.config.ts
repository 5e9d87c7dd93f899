import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/lib/cspPlugin.ts';
import { deckPlugin } from './src/content/vitePlugin.ts';

// GF_SLIDES=dir builds another slides folder (the tests' fixture deck).
// `npm run build` → dist/ (any sub-path, thanks to base './'); `npm run build:single` → dist-single/index.html,
// one self-contained file that works from file:// (scripts, styles, fonts inlined).
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [
      deckPlugin({ dir: process.env.GF_SLIDES ?? 'slides' }),
      ...(single ? [viteSingleFile()] : []),
      cspPlugin(),
    ],
    build: {
      outDir: single ? 'dist-single' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 4096,
    },
    server: { open: !process.env.CI },
  };
});
