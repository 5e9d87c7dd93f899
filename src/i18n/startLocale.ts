import { chooseLocale, type LocaleChoice } from './chooseLocale.ts';
import { isLocale, type Locale, PSEUDO, type UiLocale } from './locale.ts';

/** Where the reader's explicit choice (the language switch) is kept between visits. */
export const LANG_KEY = 'give-first:lang';

/**
 * Decides the page's language once, before any view draws (each view then reads it with documentLocale), and sets
 * `<html lang>`, which screen readers, hyphenation and the PDF's language all follow. `available` is the languages
 * this build has slides for; `asked` the address's `?lang=` (views/shared/kitQuery.ts). Storage that throws (private mode, file://) counts as no stored choice.
 */
export function startLocale(win: Window, available: readonly Locale[], asked: string | null = null): LocaleChoice {
  const choice = pageLocale(win, available, asked);
  win.document.documentElement.lang = choice.locale;
  return choice;
}

/** The language startLocale will choose, without setting anything (the early deck load reads it). */
export function pageLocale(win: Window, available: readonly Locale[], asked: string | null = null): LocaleChoice {
  let stored: string | null = null;
  try {
    stored = win.localStorage.getItem(LANG_KEY);
  } catch {
    // no storage: fall through to the browser's languages
  }
  return chooseLocale({ asked, stored, browser: win.navigator.languages, available });
}

/** Remembers the reader's choice from a language switch (not from `?lang=`, which is for one link). */
export function storeLocale(win: Window, locale: UiLocale): void {
  if (!isLocale(locale) && locale !== PSEUDO) return;
  try {
    win.localStorage.setItem(LANG_KEY, locale);
  } catch {
    // not stored: the choice still holds for this page
  }
}
