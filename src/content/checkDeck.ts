import { loadDeck } from './loadDeck.ts';
import { type Deck, DeckError } from './types.ts';

export type DeckCheck = { ok: true; deck: Deck; summary: string } | { ok: false; error: DeckError; summary: string };

/**
 * CLI-friendly check of a slides directory: never throws for a content problem, and returns a one-line summary
 * (`slides: 42 slides in 30 stacks, 9 sections, 7 sims` or the `file:line: detail` message) to print.
 */
export function checkDeck(dir: string, label = dir): DeckCheck {
  try {
    const deck = loadDeck(dir, label);
    const sections = new Set(deck.slides.map((s) => s.section)).size;
    const sims = deck.slides.reduce((n, s) => n + s.sims.length, 0);
    const summary = `${label}: ${deck.slides.length} slides in ${deck.stacks.length} stacks, ${sections} sections, ${sims} sims`;
    return { ok: true, deck, summary };
  } catch (error) {
    if (!(error instanceof DeckError)) throw error;
    return { ok: false, error, summary: error.message };
  }
}
