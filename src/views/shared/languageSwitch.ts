import { documentLocale, isLocale, LOCALES, type Locale, messagesFor, storeLocale } from '../../i18n/index.ts';

/** Each language by its own name: a reader who cannot read the page's language still finds theirs. */
const ENDONYMS: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The languages this page has slides for, as views/pageDeck.ts recorded them on `<html data-languages>`. */
function pageLanguages(doc: Document): Locale[] {
  const listed = (doc.documentElement.dataset.languages ?? '').split(' ').filter(isLocale);
  return listed.length ? listed : ['en'];
}

/**
 * The language switch (reading view, handout page): one link per language, each the same page with `?lang=`, so it
 * works as a plain link and can be shared; following one also stores the choice (storeLocale), so the next visit
 * without `?lang=` opens in it. Empty when the build has one language.
 */
export function createLanguageSwitch(doc: Document, here: URL, className = 'language-switch'): HTMLElement {
  const m = messagesFor(documentLocale(doc));
  const nav = doc.createElement('span');
  nav.className = className;
  nav.setAttribute('role', 'group');
  nav.setAttribute('aria-label', m.languageSwitchLabel());
  const current = documentLocale(doc);
  const languages = pageLanguages(doc).filter((l) => (LOCALES as readonly string[]).includes(l));
  if (languages.length < 2) {
    nav.hidden = true;
    return nav;
  }
  for (const locale of languages) {
    const url = new URL(here.href);
    url.searchParams.set('lang', locale);
    const a = doc.createElement('a');
    a.href = url.href;
    a.lang = locale;
    a.hreflang = locale;
    a.textContent = ENDONYMS[locale];
    if (locale === current) a.setAttribute('aria-current', 'true');
    a.addEventListener('click', () => {
      if (doc.defaultView) storeLocale(doc.defaultView, locale);
    });
    nav.append(a);
  }
  return nav;
}
