const TYPING = new Set(['text', 'number', 'search']);

/**
 * Keys inside the widget belong to the widget: while one of its controls has focus, arrows move the slider or
 * select and must not turn the slide, so keydown stops at the widget root (reveal listens on the document).
 * Space or k plays and pauses, except where they type or press a button. Escape still reaches the deck.
 */
export function bindWidgetKeys(root: HTMLElement, togglePlay: () => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' || e.key === 'Tab' || e.ctrlKey || e.metaKey || e.altKey) return;
    e.stopPropagation();
    const tag = target.tagName.toLowerCase();
    const typing = (tag === 'input' && TYPING.has((target as HTMLInputElement).type)) || tag === 'textarea';
    const pressing = tag === 'button' || tag === 'summary' || tag === 'select';
    if (typing) return;
    if (e.key === 'k' || (e.key === ' ' && !pressing)) {
      e.preventDefault();
      togglePlay();
    }
  };
  root.addEventListener('keydown', onKey);
  return () => root.removeEventListener('keydown', onKey);
}
