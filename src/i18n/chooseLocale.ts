import { isLocale, type Locale, PSEUDO, type UiLocale } from './locale.ts';

export interface LocaleInputs {
  /** `?lang=` as the page's address reader found it (views/shared/kitQuery.ts): it wins over everything */
  asked?: string | null;
  /** the reader's earlier choice (localStorage), if any */
  stored?: string | null;
  /** the browser's languages in preference order (`navigator.languages`) */
  browser?: readonly string[];
  /** the languages this build has slides for (always 'en'; 'es' once slides/es/ exists) */
  available: readonly Locale[];
}

export interface LocaleChoice {
  locale: UiLocale;
  /** a `?lang=` value that was not used, to show in a notice (a language without slides in this build) */
  ignored?: string;
}

/**
 * The page's language: `?lang=` > the stored choice > the first of the browser's languages we have > English.
 * Only languages with slides in this build count, so the slides and the interface around them are always in one
 * language (a page never reads Spanish controls around English slides). `?lang=en-XA` is the pseudo-locale.
 * Tags match by language (`es-MX` → es) and case-insensitively.
 */
export function chooseLocale({ asked, stored, browser = [], available }: LocaleInputs): LocaleChoice {
  const pick = (tag: string | null | undefined): UiLocale | undefined => {
    const locale = tag ? localeOfTag(tag) : undefined;
    return locale === PSEUDO || (locale && available.includes(locale)) ? locale : undefined;
  };
  const fromUrl = pick(asked);
  if (fromUrl) return { locale: fromUrl };
  const fallback = pick(stored) ?? browser.map(pick).find((l) => l !== undefined) ?? 'en';
  return asked ? { locale: fallback, ignored: asked.slice(0, 40) } : { locale: fallback };
}

/** A language tag by the interface's languages: by language (`es-MX` → es), any case; `en-XA` is the pseudo-locale. */
export function localeOfTag(tag: string): UiLocale | undefined {
  if (tag.toLowerCase() === PSEUDO.toLowerCase()) return PSEUDO;
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? language : undefined;
}
