// @vitest-environment jsdom
/**
 * The content checks that hold in any language, for each translation in slides/<lang>/ (the structure check in the
 * build already keeps its slides, sims, timings and claims equal to the original's): every slide stays as short as
 * content.test.ts asks of the English ones, cues stay out of the narrative, and the first and last slides credit the
 * original post by its English title and state the kit's licence, the last with a reuser's duties in that language.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTranslations, loadDeck, loadTranslation } from '../../src/content/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SLIDES = path.join(ROOT, 'slides');
const ORIGINAL_TITLE = 'A Model for Using Twitter as a PLN';
/** Same limits as content.test.ts: the frame does not grow for a longer language. */
const MAX_WORDS = 50;
const MAX_WORDS_BESIDE_SIM = 15;
/** A reuser's duties (credit, indicate changes, share alike), as each language says them on the credits slide. */
const DUTIES: Record<string, readonly RegExp[]> = {
  es: [/cita|reconoce|atribu/, /cambios/, /comparte igual|misma licencia/],
};

const original = await loadDeck(SLIDES);
const languages = findTranslations(SLIDES);

function textOf(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

test('the kit has a Spanish translation', () => {
  expect(languages).toContain('es');
});

describe.each(languages)('slides/%s', (lang) => {
  const deck = loadTranslation(original, SLIDES, lang, 'slides');
  const label = (s: (typeof deck.slides)[number]) => `${path.basename(s.file)}:${s.line} "${s.title}"`;

  test('slides stay short enough to fit the frame', () => {
    const wordy = deck.slides
      .map((s) => ({ s, words: wordCount(textOf(s.html)) }))
      .filter(({ words }) => words > MAX_WORDS)
      .map(({ s, words }) => `${label(s)}: ${words} words`);
    expect(wordy).toEqual([]);
  });

  test('a simulation has its slide nearly to itself', () => {
    const wordy = deck.slides
      .filter((s) => s.sims.length > 0)
      .map((s) => ({ s, words: wordCount(textOf(s.html.replace(/<h\d[^>]*>[\s\S]*?<\/h\d>/g, ''))) }))
      .filter(({ words }) => words > MAX_WORDS_BESIDE_SIM)
      .map(({ s, words }) => `${label(s)}: ${words} words`);
    expect(wordy).toEqual([]);
  });

  test('cues are in the speaker notes, never in the narrative', () => {
    expect(deck.slides.filter((s) => /(^|\s)Cue:/.test(textOf(s.narrativeHtml))).map(label)).toEqual([]);
    // a cue shows under the deck language's label («Indicación:»), so the notes are compared by their cue paragraphs
    const cues = (html: string) => html.match(/<p class="cue">/g)?.length ?? 0;
    expect(deck.slides.map((s) => cues(s.notesHtml))).toEqual(original.slides.map((s) => cues(s.notesHtml)));
  });

  test('the deck names the original post by its English title and the kit’s licence', () => {
    expect(deck.meta.credit).toContain(ORIGINAL_TITLE);
    expect(deck.meta.licence).toBe(original.meta.licence);
    expect(deck.meta.licenceUrl).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\//);
  });

  test.each([
    ['first', 0],
    ['last', -1],
  ] as const)('the %s slide credits the original post and states the licence', (_, at) => {
    const slide = deck.slides.at(at)!;
    const text = `${textOf(slide.html)} ${textOf(slide.narrativeHtml)}`;
    expect(text).toContain(ORIGINAL_TITLE);
    expect(text).toMatch(/Creative Commons/);
    expect(text).toMatch(/CC BY-SA 4\.0/);
    expect(slide.html).toContain(deck.meta.licenceUrl!);
  });

  test('the last slide states a reuser’s duties', () => {
    const duties = DUTIES[lang];
    expect(duties, `add the duties' words in "${lang}" to DUTIES`).toBeDefined();
    const text = textOf(deck.slides.at(-1)!.html).toLowerCase();
    for (const duty of duties!) expect(text).toMatch(duty);
  });
});
