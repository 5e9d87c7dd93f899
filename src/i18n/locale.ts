/** The languages of the interface's catalogue. A language here needs `messages/<locale>.ts`. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The pseudo-locale: English with every catalogue string longer and accented (`⟦Ŕéàð àţ ýöûŕ öŵñ þàçé·····⟧`),
 * so a test can see at a glance any text that does not come from the catalogue, and any box that overflows when a
 * translation runs ~40% longer. `en-XA` is the tag Android and Chrome use for the same purpose.
 */
export const PSEUDO = 'en-XA';

/** What a page can be shown in: a catalogue language or the pseudo-locale (which uses the English slides). */
export type UiLocale = Locale | typeof PSEUDO;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The language whose slides a page shows (the pseudo-locale shows English slides). */
export function deckLocale(locale: UiLocale): Locale {
  return locale === PSEUDO ? 'en' : locale;
}
