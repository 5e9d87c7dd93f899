import type { Messages } from './messages/en.ts';

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** Accents every ASCII letter and pads by ~40% (the usual growth from English to Spanish or German), bracketed. */
function pseudoText(text: string): string {
  const accented = [...text].map((c) => ACCENTS[c] ?? c).join('');
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${accented}${padding}⟧`;
}

/**
 * The pseudo-locale's catalogue, made from English: every message's own words are accented and padded, while the
 * values passed in (slide titles, numbers, keys) stay as given, since they are not catalogue text. String parameters
 * go in as private-use placeholders and come back out after the accenting.
 */
export function pseudoMessages(source: Messages): Messages {
  const wrapped: Record<string, (params?: Record<string, unknown>) => string> = {};
  for (const [key, message] of Object.entries(source) as [string, (params?: Record<string, unknown>) => string][]) {
    wrapped[key] = (params) => {
      const values: string[] = [];
      const masked = params && {
        ...params,
        ...Object.fromEntries(
          Object.entries(params)
            .filter(([, v]) => typeof v === 'string')
            .map(([k, v]) => [k, `\uE000${values.push(v as string) - 1}\uE001`]),
        ),
      };
      return pseudoText(message(masked)).replace(/\uE000(\d+)\uE001/g, (_, i: string) => values[Number(i)]!);
    };
  }
  return wrapped as unknown as Messages;
}
