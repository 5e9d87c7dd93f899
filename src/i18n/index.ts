/**
 * The interface's languages: choosing one (startLocale), its catalogue (messagesFor), and Intl formatting. No DOM
 * beyond `<html lang>` and localStorage; views, widgets and render may all import from here.
 */
export { chooseLocale } from './chooseLocale.ts';
export { formatDate, formatList, formatNumber, formatPercent, plural, warmFormatters } from './format.ts';
export { deckLocale, isLocale, LOCALES, type Locale, PSEUDO, type UiLocale } from './locale.ts';
export type { Messages } from './messages/en.ts';
export { documentLocale, messagesFor } from './messagesFor.ts';
export { LANG_KEY, pageLocale, startLocale, storeLocale } from './startLocale.ts';
