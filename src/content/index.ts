/**
 * The content pipeline: slides/*.md → typed Deck. Node-side (tests, CLI, e2e); the views import only `./types.ts`
 * and get the deck itself from `virtual:deck` (see ./vitePlugin.ts, kept out of here so browser code never pulls
 * in vite).
 */
export { checkDeck, type DeckCheck } from './checkDeck.ts';
export { checkTranslation } from './checkTranslation.ts';
export { findTranslations, loadDeck, loadTranslation, readDeckFiles } from './loadDeck.ts';
export { type DeckFile, parseDeck } from './parseDeck.ts';
export * from './types.ts';
