import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '../i18n/index.ts';
import { checkTranslation } from './checkTranslation.ts';
import { type DeckFile, parseDeck } from './parseDeck.ts';
import { type Deck, DeckError } from './types.ts';

/** The slide files of a directory: every `*.md`, sorted by file name (plain code-point order, locale-free). */
export function readDeckFiles(dir: string, label = dir): { files: DeckFile[]; paths: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    throw new DeckError(label, 0, `cannot read the slides directory: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new DeckError(label, 0, 'no .md slide files in this directory');
  const files = names.map((name) => ({ path: join(label, name), text: readFileSync(join(dir, name), 'utf8') }));
  return { files, paths: names.map((name) => join(dir, name)) };
}

/**
 * Reads and parses a slides directory (Node only). `label` is how paths appear in errors and `Slide.file`
 * (defaults to `dir`; the vite plugin passes the path relative to the project root).
 */
export function loadDeck(dir: string, label = dir): Deck {
  return parseDeck(readDeckFiles(dir, label).files);
}

/** A translation's folder inside the slides folder is named by its language tag: `slides/es/`, `slides/pt-BR/`. */
const LANGUAGE_DIR = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** The languages translated in a slides directory: its sub-folders named like `es` (sorted; none → []). */
export function findTranslations(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && LANGUAGE_DIR.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Reads and parses the translation in `<dir>/<lang>/` and checks it keeps `original`'s structure
 * (checkTranslation): any difference is a DeckError at the translation's file and line.
 */
export function loadTranslation(original: Deck, dir: string, lang: string, label = dir): Deck {
  const { files } = readDeckFiles(join(dir, lang), join(label, lang));
  const deck = parseDeck(files, isLocale(lang) ? lang : 'en');
  checkTranslation(original, deck, files);
  return deck;
}
