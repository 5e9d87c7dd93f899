import { join } from 'node:path';
import { deckModuleCode } from './deckModule.ts';
import { findTranslations, loadTranslation, readDeckFiles } from './loadDeck.ts';
import { type Deck, DeckError } from './types.ts';

/**
 * The translated decks in the build. `virtual:deck` (the original, English) also exports
 * `translations = { es: () => import('virtual:deck/es'), … }`: one lazy chunk per language, so the first slide in
 * English loads no other language's slides, and the bundler loads (and so checks) every translation at build time.
 * `virtual:deck/<lang>` is `slides/<lang>/`, checked against the original by checkTranslation: a structure
 * mismatch fails the build (and shows in the dev overlay) with the translation's file and line.
 */
export function translationsExport(slidesDir: string): string {
  const entries = findTranslations(slidesDir).map(
    (lang) => `${JSON.stringify(lang)}: () => import('virtual:deck/${lang}')`,
  );
  return `export const translations = { ${entries.join(', ')} };\n`;
}

/** The `virtual:deck/<lang>` module's code; `watch` is told every file it read, for the dev server. */
export function translatedDeckCode(
  original: Deck,
  slidesDir: string,
  lang: string,
  label: string,
  watch: (path: string) => void,
): string {
  if (!findTranslations(slidesDir).includes(lang)) {
    throw new DeckError(join(label, lang), 0, `no translation "${lang}": add slides to ${join(label, lang)}/`);
  }
  for (const path of readDeckFiles(join(slidesDir, lang), join(label, lang)).paths) watch(path);
  // a translation shares the deck's assets folder (beside slides/), as parseSlide's path check allows
  return deckModuleCode(
    loadTranslation(original, slidesDir, lang, label),
    join(slidesDir, lang),
    join(slidesDir, '..', 'assets'),
  );
}

/** A file the deck reads: `<slides>/<name>.md` or a translation's `<slides>/<lang>/<name>.md` (relative path). */
export function isDeckSource(relativePath: string, sep: string): boolean {
  const parts = relativePath.split(sep);
  if (!relativePath.toLowerCase().endsWith('.md') || parts[0] === '..') return false;
  return parts.length === 1 || (parts.length === 2 && findLanguage(parts[0]!));
}

const findLanguage = (name: string) => /^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(name);
