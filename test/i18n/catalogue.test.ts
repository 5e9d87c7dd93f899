import { describe, expect, test } from 'vitest';
import { LOCALES, type Messages, messagesFor, PSEUDO } from '../../src/i18n/index.ts';

type AnyMessage = (params?: Record<string, unknown>) => string;

/** Calls a message with a parameter object that records which parameters it reads, and what it returned. */
function probe(message: AnyMessage): { read: string[]; text: string } {
  const read = new Set<string>();
  const params = new Proxy({} as Record<string, unknown>, {
    get: (_, key) => {
      read.add(String(key));
      return `<${String(key)}>`;
    },
    ownKeys: () => [],
  });
  return { read: [...read].sort(), text: message(params) };
}

const entries = (m: Messages) => Object.entries(m) as [string, AnyMessage][];
const english = messagesFor('en');

describe('the catalogue', () => {
  test.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key and no other', (locale) => {
    expect(Object.keys(messagesFor(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  test.each(LOCALES)('%s: every message reads the same parameters as English, and uses each in its text', (locale) => {
    const messages = messagesFor(locale) as unknown as Record<string, AnyMessage>;
    for (const [key, message] of entries(english)) {
      const source = probe(message);
      const translated = probe(messages[key]!);
      expect(translated.read, key).toEqual(source.read);
      for (const name of translated.read) expect(translated.text, `${locale}.${key}`).toContain(`<${name}>`);
      expect(translated.text.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  test.each(LOCALES.filter((l) => l !== 'en'))('%s: no message is left in English', (locale) => {
    const messages = messagesFor(locale) as unknown as Record<string, AnyMessage>;
    for (const [key, message] of entries(english))
      expect(probe(messages[key]!).text, key).not.toBe(probe(message).text);
  });

  test('the pseudo-locale lengthens and accents every message but keeps the values passed in', () => {
    const pseudo = messagesFor(PSEUDO) as unknown as Record<string, AnyMessage>;
    for (const [key, message] of entries(english)) {
      const source = probe(message).text;
      const values = Object.fromEntries(probe(message).read.map((name) => [name, `Value of ${name}`]));
      const text = pseudo[key]!(values);
      expect(text, key).toMatch(/^⟦.*⟧$/s);
      expect(text.length, key).toBeGreaterThanOrEqual(Math.floor(source.length * 1.3));
      // every ASCII letter of the message's own words is accented; the values come through unchanged
      let rest = text;
      for (const value of Object.values(values)) {
        expect(rest, key).toContain(value);
        rest = rest.replace(value, '');
      }
      expect(rest, key).not.toMatch(/[A-Za-z]/);
    }
  });
});
