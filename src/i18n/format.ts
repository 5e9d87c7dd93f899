import { PSEUDO, type UiLocale } from './locale.ts';

/**
 * Numbers, percentages, dates and plurals for the page's language, all through `Intl` (never `toFixed` or a
 * hand-made "%"): Spanish writes `12,5 %` and `1.234`, English `12.5%` and `1,234`. Formatters are cached: a chart
 * label formats hundreds of numbers a second.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** The tag given to `Intl`: the pseudo-locale formats like English. */
function intlTag(locale: UiLocale): string {
  return locale === PSEUDO ? 'en' : locale;
}

/** `minimumFractionDigits` keeps a column of numbers alike (an axis's "0.5", "1.0"); at most the maximum. */
export function formatNumber(
  locale: UiLocale,
  value: number,
  maximumFractionDigits = 0,
  minimumFractionDigits = 0,
): string {
  const tag = intlTag(locale);
  const min = Math.min(minimumFractionDigits, maximumFractionDigits);
  return cached(
    `n|${tag}|${maximumFractionDigits}|${min}`,
    () => new Intl.NumberFormat(tag, { maximumFractionDigits, minimumFractionDigits: min }),
  ).format(value);
}

/** `fraction` 0–1 → "25%" / "25 %". */
export function formatPercent(locale: UiLocale, fraction: number, maximumFractionDigits = 0): string {
  const tag = intlTag(locale);
  return cached(
    `p|${tag}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits }),
  ).format(fraction);
}

/** A calendar date ("6 December 2026" / "6 de diciembre de 2026"), in UTC so a printed handout is stable. */
export function formatDate(locale: UiLocale, date: Date): string {
  const tag = intlTag(locale);
  return cached(`d|${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/**
 * Picks a whole sentence by the plural category of `count` in the page's language. Messages use it so each form is
 * written out in full: `plural(locale, n, { one: `${n} slide`, other: `${n} slides` })`.
 */
export function plural<T>(
  locale: UiLocale,
  count: number,
  forms: { one: T; other: T } & Partial<Record<Intl.LDMLPluralRule, T>>,
): T {
  const tag = intlTag(locale);
  const category = cached(`r|${tag}`, () => new Intl.PluralRules(tag)).select(count);
  return forms[category] ?? forms.other;
}

/** Items joined as the language writes a list: "a, b, and c" / "a, b y c" (so a sentence never hard-codes ", "). */
export function formatList(locale: UiLocale, items: readonly string[]): string {
  const tag = intlTag(locale);
  let list = lists.get(tag);
  if (!list) {
    list = new Intl.ListFormat(tag, { type: 'conjunction' });
    lists.set(tag, list);
  }
  return list.format(items);
}
const lists = new Map<string, Intl.ListFormat>();

/**
 * Makes the number formatter a simulation's controls and charts use first. The first `Intl` formatter of a page loads
 * its locale's data: 25-180 ms of one task on a CPU 4× slower (measured, issue 19), which landed inside the task that
 * mounts a widget. The views call this in an idle moment of its own (views/shared/simMounts.ts).
 */
export function warmFormatters(locale: UiLocale): void {
  formatNumber(locale, 0);
}
