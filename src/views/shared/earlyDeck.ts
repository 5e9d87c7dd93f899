import { translations } from 'virtual:deck';
import { deckLocale, isLocale, type Locale, pageLocale } from '../../i18n/index.ts';
import { parseKitQuery } from './kitQuery.ts';

/*
 * A side effect on import, on purpose: imported first by main.ts and handoutMain.ts, this runs before reveal.js and
 * the views are evaluated, and starts fetching the translated deck's chunk (`?lang=es`, a stored choice, a Spanish
 * browser) while they are; loadPageDeck's import() of it later gets the same module. Without it the chunk was
 * requested only once the whole page script had run, a round trip more before the first slide in Spanish
 * (bench/load.ts measures both languages).
 */
const available: Locale[] = ['en', ...Object.keys(translations).filter(isLocale)];
const lang = deckLocale(pageLocale(window, available, parseKitQuery(location.search).lang).locale);
// a failed load is loadPageDeck's to report (it imports the same chunk again and awaits it)
if (lang !== 'en') translations[lang]?.().catch(() => {});
