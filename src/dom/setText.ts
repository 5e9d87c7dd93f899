// Writers that touch the DOM only when the value differs: a widget, console or chart redraws every frame, and an
// unchanged write still dirties style and layout (and restarts a screen reader's live region).

export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

export function setProp<E extends HTMLInputElement | HTMLSelectElement>(
  node: E,
  name: 'value' | 'max',
  value: string,
): void {
  if ((node as HTMLInputElement)[name] !== value) (node as HTMLInputElement)[name] = value;
}
