import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';

const PLACEHOLDER = '<!--BASELINE_SLIDES-->';

/**
 * The workshop's Markdown as one reveal.js markdown document: the files in reading order, front matter stripped,
 * joined by the slide separator. `</textarea` is escaped because the slides sit inside a <textarea data-template>.
 */
export function baselineMarkdown(slidesDir = 'slides'): string {
  const files = readdirSync(slidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return (
    files
      .map((f) =>
        readFileSync(join(slidesDir, f), 'utf8')
          .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
          .trim(),
      )
      .join('\n\n---\n\n')
      .replace(/<\/textarea/gi, '&lt;/textarea')
      // a translation (slides/es/) links the shared pictures as ../../assets/: from the deck's root, as the original's
      .replace(/\]\((?:\.\.\/)+assets\//g, '](../assets/')
  );
}

function inlineSlides(markdown: string): Plugin {
  return {
    name: 'baseline-inline-slides',
    transformIndexHtml: (html) => html.replace(PLACEHOLDER, () => markdown),
  };
}

/**
 * Builds the plain reveal.js deck (markdown plugin, serif theme) into `outDir`. `root` is the folder the slides' `assets/`
 * sits in: beside `slides/`, so one level up from the original's folder and two from a translation's (slides/es/).
 */
export async function buildBaseline(outDir: string, slidesDir = 'slides', root = join(slidesDir, '..')): Promise<void> {
  const markdown = baselineMarkdown(slidesDir);
  await build({
    configFile: false,
    root: resolve(import.meta.dirname),
    base: './',
    logLevel: 'warn',
    plugins: [inlineSlides(markdown)],
    build: { outDir: resolve(outDir), emptyOutDir: true, target: 'es2022' },
  });
  // Slides link their pictures as `../assets/x.svg` (relative to slides/); from the deck's root that is `assets/x.svg`.
  for (const [, path] of markdown.matchAll(/\]\(\.\.\/([^)\s]+)\)/g)) {
    const target = join(resolve(outDir), path!);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(root, path!), target);
  }
}
