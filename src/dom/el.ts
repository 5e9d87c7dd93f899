/**
 * A new element with optional text and class: the one element maker of the browser views (projector room overlay,
 * phone join page, handout cover). Built on the given document, never the global one, so jsdom tests and the speaker
 * popup (another window) get their own nodes.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
