import { Marked, type Tokens } from 'marked';
import { applyElementAttributes } from './applyElementAttributes.ts';
import type { AttributeList } from './parseAttributes.ts';
import { decodeEntities, tokenizeHtml } from './tokenizeHtml.ts';

/** Thrown by the renderer when a ```sim fence is nested (in a list or quote), where we cannot give it a line. */
export class NestedSimError extends Error {
  // marked appends "Please report this…" to errors thrown from renderers, so the text is kept apart
  static readonly detail = 'a ```sim block must start a line, not sit inside a list or quote';
}

/**
 * One configured marked instance: GFM, raw HTML passed through (slides are authored), and a code renderer that
 * keeps reveal.js's line highlights: ```js [1-2|3] → `<code class="language-js" data-line-numbers="1-2|3">`,
 * and ```js [712: 1-2] also sets `data-ln-start-from="712"`. It holds no state between calls.
 */
const marked = new Marked({ gfm: true, async: false, renderer: { code: renderCode } });

export interface RenderedMarkdown {
  html: string;
  /** attributes of `.element` comments with no element before them (reveal gives them to the slide) */
  slideAttrs: AttributeList;
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  if (markdown.trim() === '') return { html: '', slideAttrs: [] };
  return applyElementAttributes(marked.parse(markdown, { async: false }));
}

export function renderInline(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}

function renderCode({ text, lang }: Tokens.Code): string {
  const info = (lang ?? '').trim();
  const bracket = info.indexOf('[');
  const language = (bracket < 0 ? info : info.slice(0, bracket)).trim().split(/\s+/)[0] ?? '';
  if (language === 'sim') throw new NestedSimError(NestedSimError.detail);
  const attrs: string[] = [];
  if (language) attrs.push(`class="language-${escapeHtml(language)}"`);
  const close = bracket < 0 ? -1 : info.indexOf(']', bracket);
  if (close > bracket) {
    let lines = info.slice(bracket + 1, close).trim();
    const offset = /^(\d+):/.exec(lines);
    if (offset) {
      attrs.push(`data-ln-start-from="${offset[1]}"`);
      lines = lines.slice(offset[0].length).trim();
    }
    attrs.push(`data-line-numbers="${escapeHtml(lines)}"`);
  }
  const code = `${text.replace(/\n$/, '')}\n`;
  return `<pre><code${attrs.map((a) => ` ${a}`).join('')}>${escapeHtml(code)}</code></pre>\n`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Plain text of the first heading (h1–h6) in rendered HTML, or ''. */
export function firstHeadingText(html: string): string {
  const tokens = tokenizeHtml(html);
  const open = tokens.findIndex((t) => t.kind === 'open' && /^h[1-6]$/.test(t.name));
  if (open < 0) return '';
  const name = (tokens[open] as { name: string }).name;
  let text = '';
  for (const token of tokens.slice(open + 1)) {
    if (token.kind === 'close' && token.name === name) break;
    if (token.kind === 'text') text += html.slice(token.start, token.end);
  }
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
