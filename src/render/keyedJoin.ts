const SVG_NS = 'http://www.w3.org/2000/svg';

/** What was last written to an element, so an unchanged value costs a comparison instead of a restyle. */
const written = new WeakMap<Element, Record<string, string>>();

/**
 * Set attributes only where they changed. Chromium invalidates an element's style on every setAttribute, even to
 * the same value, and restyling ~1,000 SVG elements a tick was most of a frame's time.
 */
export function setAttrs(el: Element, attrs: Record<string, string | number>): void {
  let last = written.get(el);
  if (!last) {
    last = {};
    written.set(el, last);
  }
  for (const name in attrs) {
    const v = String(attrs[name]);
    if (last[name] === v) continue;
    last[name] = v;
    el.setAttribute(name, v);
  }
}

/** One keyed set of elements under a parent: the same datum key keeps the same element from frame to frame. */
export interface Keyed<T> {
  /** elements for `data` in order; `entered` holds the ones made this time, `exited` those whose key went */
  update(data: readonly T[]): { els: Element[]; entered: Set<Element>; exited: Element[] };
  clear(): void;
}

export function keyed<T>(parent: Element, tag: string, key: (d: T) => string | number): Keyed<T> {
  let byKey = new Map<string | number, Element>();
  return {
    update(data) {
      const next = new Map<string | number, Element>();
      const els: Element[] = [];
      const entered = new Set<Element>();
      for (const d of data) {
        const k = key(d);
        let el = byKey.get(k);
        if (el) byKey.delete(k);
        else {
          el = parent.ownerDocument.createElementNS(SVG_NS, tag);
          parent.appendChild(el);
          entered.add(el);
        }
        // d3's datum slot: tests and devtools read an element's data the way they would from a d3 join
        (el as Element & { __data__?: T }).__data__ = d;
        next.set(k, el);
        els.push(el);
      }
      const exited = [...byKey.values()];
      byKey = next;
      return { els, entered, exited };
    },
    clear() {
      for (const el of byKey.values()) el.remove();
      byKey.clear();
    },
  };
}

export function svgChild(parent: Element, tag: string, cls: string): SVGElement {
  const el = parent.ownerDocument.createElementNS(SVG_NS, tag) as SVGElement;
  el.setAttribute('class', cls);
  parent.appendChild(el);
  return el;
}
