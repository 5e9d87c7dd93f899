import { existsSync, realpathSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { type Deck, DeckError, type Slide } from './types.ts';

/** Absolute URLs, data: and blob: URIs, protocol-relative and root paths are left as the author wrote them. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i;

/**
 * The `virtual:deck` module's code. Images written relative to a slide file (`![alt](../assets/x.svg)`) become
 * imports, so the bundler copies them into the build with hashed names (or inlines them in the single file) and
 * the path works from any sub-path. A missing image fails the build, naming the slide.
 */
export function deckModuleCode(deck: Deck, slidesDir: string): string {
  const tokens = new Map<string, string>();
  const rewrite = (html: string, slide: Slide) =>
    html.replace(/(<img\b[^>]*?\bsrc=")([^"]*)(")/gi, (whole, before: string, src: string, after: string) => {
      if (!src || EXTERNAL.test(src)) return whole;
      let file: string;
      try {
        file = resolve(slidesDir, decodeURI(src.split(/[?#]/)[0] ?? ''));
      } catch {
        throw new DeckError(slide.file, slide.line, `image "${src}": malformed % escape (write %25 for a literal %)`);
      }
      if (!existsSync(file))
        throw new DeckError(slide.file, slide.line, `image "${src}" not found (looked for ${file})`);
      // parseSlide refused paths leaving slides/ and assets/ by their text; a symbolic link could still lead out
      const real = realpathSync(file);
      // a translation (slides/es/) also uses the original's assets, beside the original's folder
      const shared = /^[a-z]{2,3}(-[A-Z]{2})?$/.test(basename(slidesDir))
        ? [resolve(slidesDir, '..', '..', 'assets')]
        : [];
      const roots = [slidesDir, resolve(slidesDir, '..', 'assets'), ...shared]
        .filter(existsSync)
        .map((d) => realpathSync(d));
      if (!roots.some((root) => real.startsWith(root + sep)))
        throw new DeckError(slide.file, slide.line, `image "${src}" leads outside the slides and assets folders`);
      let token = tokens.get(file);
      if (!token) {
        token = `__GF_ASSET_${tokens.size}__`;
        tokens.set(file, token);
      }
      return before + token + after;
    });
  const slides = deck.slides.map((s) => ({
    ...s,
    html: rewrite(s.html, s),
    notesHtml: rewrite(s.notesHtml, s),
    narrativeHtml: rewrite(s.narrativeHtml, s),
  }));
  // Stacks are written as indexes into `slides` and rebuilt in the browser: every slide's HTML ships once, not twice.
  const index = new Map(slides.map((s, i) => [s.id, i]));
  const stacks = deck.stacks.map((stack) => stack.map((s) => index.get(s.id)!));
  let json = JSON.stringify({ meta: deck.meta, slides });
  const imports: string[] = [];
  for (const [file, token] of tokens) {
    imports.push(`import ${token} from ${JSON.stringify(`${file}?url`)};`);
    // the token sits inside a JSON string literal: close it, concatenate the imported URL, reopen it
    json = json.replaceAll(token, `" + ${token} + "`);
  }
  return [
    ...imports,
    `const deck = ${json};`,
    `deck.stacks = ${JSON.stringify(stacks)}.map((stack) => stack.map((i) => deck.slides[i]));`,
    'export default deck;',
    '',
  ].join('\n');
}
