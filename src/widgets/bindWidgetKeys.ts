const TYPING = new Set(['text', 'number', 'search']);

/** What kind of control a key lands on: each keeps the keys it needs and leaves the rest to the deck. */
function kindOf(target: HTMLElement): 'slider' | 'text' | 'select' | 'other' {
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea') return 'text';
  if (tag === 'select') return 'select';
  if (tag !== 'input') return 'other';
  const type = (target as HTMLInputElement).type;
  if (type === 'range') return 'slider';
  return TYPING.has(type) ? 'text' : 'other';
}

const ADJUST = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
const PAGE = new Set(['PageUp', 'PageDown']);
/** what a number field types: everything else there is the deck's */
const NUMBER_TYPING = /^[0-9eE.+-]$|^(Backspace|Delete|Enter)$/;

/**
 * The clicker's rule (README, "Keys and the clicker"): a click on a control or the figure must never trap the deck.
 * - Space (or k) plays and pauses the focused simulation, except in a text field.
 * - Arrows (and Home/End) adjust a focused slider or select; anywhere else in the widget they reach the deck.
 * - Every other key reaches the deck. reveal ignores every key while an <input> has focus, so for a slider or a
 *   text field the widget hands the deck's keys (PageDown, PageUp, S, B, F, O, Esc, …) to `deckKey` itself,
 *   without moving focus: a keyboard user keeps their place in the controls.
 */
export function bindWidgetKeys(
  root: HTMLElement,
  togglePlay: () => void,
  deckKey?: (e: KeyboardEvent) => void,
): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Tab' || e.ctrlKey || e.metaKey || e.altKey) return;
    const kind = kindOf(e.target as HTMLElement);
    if ((e.key === ' ' || e.key === 'k') && kind !== 'text') {
      e.preventDefault();
      e.stopPropagation();
      togglePlay();
      return;
    }
    if (ADJUST.has(e.key)) {
      // the control's own keys; on a button or the figure, arrows turn the slide as usual
      if (kind !== 'other') e.stopPropagation();
      return;
    }
    if (kind === 'select') {
      // a closed select would also change its value on PageDown: the page keys only turn the slide
      if (PAGE.has(e.key)) e.preventDefault();
      return;
    }
    if (kind === 'other') return;
    if (kind === 'text' && NUMBER_TYPING.test(e.key)) return;
    if (e.key.length > 1 && !PAGE.has(e.key) && e.key !== 'Escape') return; // Shift, F5, …: nothing of the deck's
    e.preventDefault();
    e.stopPropagation();
    deckKey?.(e);
  };
  root.addEventListener('keydown', onKey);
  return () => root.removeEventListener('keydown', onKey);
}
