import { type Deck, DeckError, parseDeck } from '../../src/content/index.ts';

/** Parses one or more file texts named slides/01-a.md, slides/02-b.md, … (test.each tables stay short). */
export function deckOf(...texts: string[]): Deck {
  return parseDeck(texts.map((text, i) => ({ path: `slides/0${i + 1}-${'abcdefgh'[i]}.md`, text })));
}

/** The DeckError a parse throws (fails the test if it throws anything else, or nothing). */
export function deckErrorOf(...texts: string[]): DeckError {
  try {
    deckOf(...texts);
  } catch (error) {
    if (error instanceof DeckError) return error;
    throw new Error(`expected a DeckError, got ${String(error)}`);
  }
  throw new Error('expected a DeckError, but the deck parsed');
}

/** Lines joined with \n, so fixtures read as files and line numbers can be counted in the source. */
export const md = (...lines: string[]): string => lines.join('\n');
