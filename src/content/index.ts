/**
 * The content pipeline: slides/*.md → typed Deck. Node-side (tests, CLI, e2e); the views import only `./types.ts`
 * and get the deck itself from `virtual:deck` (see ./vitePlugin.ts, kept out of here so browser code never pulls
 * in vite).
 */
export { checkDeck } from './checkDeck.ts';
export { checkTranslation } from './checkTranslation.ts';
export { findTranslations, loadDeck, loadTranslation, readDeckFiles } from './loadDeck.ts';
export { parseDeck } from './parseDeck.ts';
export * from './types.ts';
