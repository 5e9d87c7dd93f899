import { isLocale, PSEUDO, type UiLocale } from './locale.ts';
import { en, type Messages } from './messages/en.ts';
import { es } from './messages/es.ts';
import { pseudoMessages } from './pseudo.ts';

/*
 * Why a typed dictionary and not paraglide-js: paraglide 2's compiler loads its inlang plugins from a CDN at build
 * time by default (opral/paraglide-js#676, open; #498: offline dev fails), and this kit must build and run offline
 * and in CI with nothing fetched; pointing its settings at node_modules copies is possible but adds a generated
 * source tree, a compile step before tsc/vitest and four packages, for a catalogue of a few hundred short strings.
 * Plain functions give the same guarantees that matter here: TypeScript checks every key and parameter at each call
 * and in every translation, messages are whole sentences with named parameters, and both catalogues together weigh a
 * few kB (the single-file build carries both).
 */
const catalogues: Record<string, Messages> = { en, es };
let pseudo: Messages | undefined;

/** The catalogue of a language; `m.viewChoiceRead()`, `m.languageIgnored({ value })`. */
export function messagesFor(locale: UiLocale): Messages {
  if (locale === PSEUDO) {
    pseudo ??= pseudoMessages(en);
    return pseudo;
  }
  return catalogues[locale] ?? en;
}

/** The page's language as startLocale set it on `<html lang>` (anything else reads as English). */
export function documentLocale(doc: Document): UiLocale {
  const lang = doc.documentElement.lang;
  return lang === PSEUDO || isLocale(lang) ? lang : 'en';
}
