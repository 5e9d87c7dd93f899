import type { Deck } from '../../content/types.ts';
import {
  deckLocale,
  isLocale,
  type Locale,
  type Messages,
  messagesFor,
  startLocale,
  type UiLocale,
} from '../../i18n/index.ts';
import type { KitQuery } from './kitQuery.ts';

type Translations = Record<string, () => Promise<{ default: Deck }>>;

/**
 * The page's language and its deck, decided once before a view starts: `?lang=` > stored choice > browser language,
 * among the languages this build has slides for (`translations` from virtual:deck; English is always there). Sets
 * `<html lang>`; only a translated page loads its deck's chunk. A `?lang=` the page could not use, and any other of
 * the kit's keys whose value was ignored (`kit.notices`), come back as `notice`, in the page's language (the reading
 * view shows it in its notice area) and on the console. The page's `<meta name=description>`
 * becomes `describe`'s, in the page's language (the HTML carries the English one, for a crawler that runs no script).
 */
export async function loadPageDeck(
  win: Window,
  english: Deck,
  translations: Translations,
  kit: Pick<KitQuery, 'lang' | 'notices'>,
  describe?: (m: Messages) => string,
): Promise<{ deck: Deck; locale: UiLocale; notice?: string }> {
  const available: Locale[] = ['en', ...Object.keys(translations).filter(isLocale)];
  const { locale, ignored } = startLocale(win, available, kit.lang);
  // for the language switches (views/languageSwitch.ts): the languages this page can be shown in
  win.document.documentElement.dataset.languages = available.join(' ');
  const m = messagesFor(locale);
  const notices = [
    ...kit.notices.map((n) => (n.key === 'lang' && !n.repeated ? m.languageIgnored(n) : m.addressIgnored(n))),
    ...(ignored === undefined ? [] : [m.languageIgnored({ value: ignored })]),
  ];
  const notice = notices.length ? notices.join(' ') : undefined;
  if (notice) console.warn(notice);
  if (describe)
    win.document.querySelector('meta[name="description"]')?.setAttribute('content', describe(messagesFor(locale)));
  const lang = deckLocale(locale);
  const load = translations[lang];
  const deck = lang === 'en' || !load ? english : (await load()).default;
  return notice ? { deck, locale, notice } : { deck, locale };
}
