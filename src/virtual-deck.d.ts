declare module 'virtual:deck' {
  import type { Deck } from './content/types.ts';

  const deck: Deck;
  export default deck;
}
