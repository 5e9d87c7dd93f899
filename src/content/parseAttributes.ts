/**
 * Parses an HTML-style attribute list: `key="value" key='value' key=value bare`. Used for the authored
 * `<!-- .slide: … -->` / `<!-- .element: … -->` comments (strict: returns an error text) and for the start tags of
 * the rendered HTML (lenient: the caller ignores the error). A hand-written scanner keeps it linear on any input.
 */
export type AttributeList = [name: string, value: string][];

const NAME_START = /[A-Za-z_:@]/;
const NAME_CHAR = /[-\w:.@]/;

export function parseAttributes(text: string): { attrs: AttributeList; error?: string } {
  const attrs: AttributeList = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  for (skipSpace(); i < text.length; skipSpace()) {
    const start = i;
    if (!NAME_START.test(text[i]!)) return { attrs, error: `unexpected "${text.slice(i, i + 20)}"` };
    while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
    const name = text.slice(start, i);
    if (text[i] !== '=') {
      if (i < text.length && !/\s/.test(text[i]!)) return { attrs, error: `unexpected "${text.slice(i, i + 20)}"` };
      attrs.push([name, '']);
      continue;
    }
    i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return { attrs, error: `the value of ${name} has no closing ${quote}` };
      attrs.push([name, text.slice(i + 1, end)]);
      i = end + 1;
      if (i < text.length && !/\s/.test(text[i]!)) return { attrs, error: `expected a space after ${name}=…` };
      continue;
    }
    const valueStart = i;
    while (i < text.length && !/[\s"'=<>`]/.test(text[i]!)) i++;
    if (i === valueStart) return { attrs, error: `${name}= has no value` };
    attrs.push([name, text.slice(valueStart, i)]);
  }
  return { attrs };
}

/** Writes one attribute for a start tag; values came from authored text, so only the quote needs escaping. */
export function formatAttribute(name: string, value: string): string {
  return `${name}="${value.replace(/"/g, '&quot;')}"`;
}
