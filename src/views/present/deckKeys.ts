import type { RevealApi } from 'reveal.js';

/**
 * reveal's keys, for a key it did not see: reveal ignores the keyboard while an <input> has focus, and a presenter
 * who nudged a slider must still move on with the clicker (see widgets/bindWidgetKeys). Mirrors reveal's bindings.
 */
export function deckKeyHandler(reveal: RevealApi, revealEl: HTMLElement): (e: KeyboardEvent) => void {
  return (e) => {
    switch (e.key.length === 1 ? e.key.toLowerCase() : e.key) {
      case 'PageDown':
      case 'n':
        reveal.next();
        break;
      case 'PageUp':
      case 'p':
        reveal.prev();
        break;
      case 's':
        (reveal.getPlugin('notes') as { open?: () => void } | undefined)?.open?.();
        break;
      case 'b':
      case '.':
      case 'v':
        reveal.togglePause();
        break;
      case 'f':
        void revealEl.requestFullscreen?.().catch(() => {});
        break;
      case 'o':
      case 'Escape':
        reveal.toggleOverview();
        break;
    }
  };
}
