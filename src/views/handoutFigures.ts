const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the kit's stylesheets set inside a drawing; inherited ones are written only where they change. */
const INHERITED = [
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-kerning',
  'font-variant-ligatures',
  'font-feature-settings',
  'letter-spacing',
  'word-spacing',
  'text-rendering',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;
const OWN: Record<string, string> = { opacity: '1', display: 'inline' };

function inlineStyles(live: Element, copy: Element, parent: CSSStyleDeclaration | undefined): void {
  const win = live.ownerDocument.defaultView!;
  const style = win.getComputedStyle(live);
  const decls: string[] = [];
  for (const p of INHERITED) {
    const v = style.getPropertyValue(p);
    if (!parent || parent.getPropertyValue(p) !== v) decls.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = style.getPropertyValue(p);
    if (v !== initial && !(p === 'display' && !parent)) decls.push(`${p}:${v}`);
  }
  if (decls.length) copy.setAttribute('style', decls.join(';'));
  else copy.removeAttribute('style');
  const kids = live.children;
  for (let i = 0; i < kids.length; i++) inlineStyles(kids[i]!, copy.children[i]!, style);
}

/**
 * Each printed figure's drawing as an SVG image inside its own <svg> (styles inlined, the same vector drawing).
 * Inline, the figures' ~1,500 elements are styled and laid out again with the whole document when Chromium prints
 * it, which was most of the PDF's time; an SVG image is its own small document, laid out once and painted as vectors
 * into the PDF. The outer <svg> keeps its box, viewBox, role and label, so the page lays out exactly as before.
 * Returns a function that releases the images' object URLs.
 */
export function flattenFigures(scope: HTMLElement): () => void {
  const doc = scope.ownerDocument;
  const win = doc.defaultView;
  if (!win?.URL.createObjectURL) return () => {};
  const urls: string[] = [];
  const serializer = new win.XMLSerializer();
  for (const svg of scope.querySelectorAll<SVGSVGElement>('.sim-snapshot svg')) {
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (!width || !height || svg.parentElement?.closest('svg')) continue;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', SVG_NS);
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    inlineStyles(svg, copy, undefined);
    // Chromium sets inline SVG text without ligatures; an image document would join "fi", and the PDF's text with it
    copy.style.setProperty('font-variant-ligatures', 'none');
    const url = win.URL.createObjectURL(
      new win.Blob([serializer.serializeToString(copy)], { type: 'image/svg+xml;charset=utf-8' }),
    );
    urls.push(url);
    const image = doc.createElementNS(SVG_NS, 'image');
    for (const [k, v] of Object.entries({ x: '0', y: '0', width: String(width), height: String(height), href: url })) {
      image.setAttribute(k, v);
    }
    svg.replaceChildren(image);
  }
  return () => {
    for (const url of urls) win.URL.revokeObjectURL(url);
  };
}
