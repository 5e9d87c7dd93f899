declare module 'virtual:deck' {
  import type { Deck } from './content/types.ts';

  const deck: Deck;
  export default deck;
  /** the translations in slides/<lang>/, each loaded on demand (see content/translatedDeckModule.ts) */
  export const translations: Record<string, () => Promise<{ default: Deck }>>;
}

declare module 'virtual:deck/*' {
  import type { Deck } from './content/types.ts';

  const deck: Deck;
  export default deck;
}
