/**
 * A small, forgiving HTML tokenizer for the HTML that marked produces (plus authored raw HTML). It only needs to
 * find start tags, end tags, comments and text, so that attribute comments can be applied and the title read,
 * without a DOM library at build time. Every step moves forward with indexOf, so it is linear on any input, and
 * it never throws: malformed markup becomes text.
 */
export type HtmlToken =
  | { kind: 'open'; name: string; start: number; end: number; selfClosing: boolean }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'comment'; body: string; start: number; end: number }
  | { kind: 'text'; start: number; end: number };

/** Elements whose content is raw text: a `<` inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const lower = html.toLowerCase();
  const noQuoteFrom: Record<string, number> = { '"': Number.POSITIVE_INFINITY, "'": Number.POSITIVE_INFINITY };
  let textStart = 0;
  const flushText = (upTo: number) => {
    if (upTo > textStart) tokens.push({ kind: 'text', start: textStart, end: upTo });
  };
  let i = html.indexOf('<');
  while (i >= 0) {
    let next = -1;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const end = close < 0 ? html.length : close + 3;
      flushText(i);
      tokens.push({ kind: 'comment', body: html.slice(i + 4, close < 0 ? html.length : close), start: i, end });
      next = end;
    } else if (/^<\/[a-zA-Z]/.test(html.slice(i, i + 3))) {
      const close = html.indexOf('>', i);
      const end = close < 0 ? html.length : close + 1;
      flushText(i);
      tokens.push({ kind: 'close', name: tagName(lower, i + 2), start: i, end });
      next = end;
    } else if (/^<[a-zA-Z]/.test(html.slice(i, i + 2))) {
      const end = startTagEnd(html, i, noQuoteFrom);
      const name = tagName(lower, i + 1);
      flushText(i);
      tokens.push({ kind: 'open', name, start: i, end, selfClosing: html[end - 2] === '/' });
      next = end;
      if (RAW_TEXT.has(name)) {
        const close = lower.indexOf(`</${name}`, end);
        next = close < 0 ? html.length : close;
      }
    }
    if (next < 0) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    textStart = next;
    i = html.indexOf('<', next);
  }
  flushText(html.length);
  return tokens;
}

function tagName(lower: string, from: number): string {
  let j = from;
  while (j < lower.length && /[a-z0-9-]/.test(lower[j]!)) j++;
  return lower.slice(from, j);
}

/**
 * End of a start tag (after its `>`), skipping quoted attribute values that may contain `>`. `noQuoteFrom`
 * remembers where a search for a closing quote already failed, so repeated unclosed quotes stay linear.
 */
function startTagEnd(html: string, from: number, noQuoteFrom: Record<string, number>): number {
  let j = from + 1;
  while (j < html.length) {
    const c = html[j]!;
    if (c === '>') return j + 1;
    if (c === '"' || c === "'") {
      const close = j + 1 >= noQuoteFrom[c]! ? -1 : html.indexOf(c, j + 1);
      if (close >= 0) {
        j = close + 1;
        continue;
      }
      noQuoteFrom[c] = Math.min(noQuoteFrom[c]!, j + 1);
      // an unclosed quote: give up on quoting and end at the first `>`
      const gt = html.indexOf('>', j);
      return gt < 0 ? html.length : gt + 1;
    }
    j++;
  }
  return html.length;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities marked emits (and numeric ones), for plain-text titles. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}
