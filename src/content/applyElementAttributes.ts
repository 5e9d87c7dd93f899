import { type AttributeList, formatAttribute, parseAttributes } from './parseAttributes.ts';
import { type HtmlToken, tokenizeHtml, VOID_ELEMENTS } from './tokenizeHtml.ts';

export interface ElementAttributesResult {
  html: string;
  /** attributes of `.element` comments that had no element to attach to (reveal gives them to the slide) */
  slideAttrs: AttributeList;
}

const ELEMENT_COMMENT = /^\s*\.element(?::|\s|$)/;

/**
 * Applies reveal.js `<!-- .element: … -->` comments to the rendered HTML, the way reveal's markdown plugin does:
 * the comment belongs to the element just before it in the same parent (ignoring `<br>`), or to its parent when
 * there is none, e.g. `- item <!-- .element: … -->` styles that `<li>` and `![](x.png) <!-- .element: … -->` the
 * image. One rule of ours on top: a comment right after a list styles the list's last item (the usual intent when
 * revealing items one by one). `class` values are added to existing classes; other attributes replace.
 * The comments are removed from the output. Comments were validated with their line before rendering, so a
 * comment that fails to parse here is left as it is.
 */
export function applyElementAttributes(html: string): ElementAttributesResult {
  const tokens = tokenizeHtml(html);
  const edits = new Map<number, AttributeList>();
  const removed = new Set<number>();
  const slideAttrs: AttributeList = [];
  // open elements under a root frame (open = -1); each frame remembers its last child element (token index)
  const stack: Frame[] = [{ open: -1, name: '' }];
  const lastChildOf = new Map<number, number>();
  for (const [index, token] of tokens.entries()) {
    const top = stack.at(-1)!;
    if (token.kind === 'open') {
      if (token.name !== 'br') top.lastChild = index;
      if (!token.selfClosing && !VOID_ELEMENTS.has(token.name)) stack.push({ open: index, name: token.name });
    } else if (token.kind === 'close') {
      const at = openFrame(stack, token.name);
      if (at < 0) continue;
      for (const frame of stack.splice(at))
        if (frame.lastChild !== undefined) lastChildOf.set(frame.open, frame.lastChild);
    } else if (token.kind === 'comment' && ELEMENT_COMMENT.test(token.body)) {
      const { attrs, error } = parseAttributes(token.body.replace(ELEMENT_COMMENT, ''));
      if (error) continue;
      removed.add(index);
      let target = top.lastChild ?? (top.open >= 0 ? top.open : undefined);
      if (target !== undefined && isList(tokens[target]!) && target !== top.open)
        target = lastItem(target, lastChildOf);
      if (target === undefined) slideAttrs.push(...attrs);
      else edits.set(target, [...(edits.get(target) ?? []), ...attrs]);
    }
  }
  return { html: rebuild(html, tokens, edits, removed), slideAttrs };
}

interface Frame {
  open: number;
  name: string;
  lastChild?: number;
}

/** Index of the innermost open element with this name (never the root), or -1 for a stray end tag. */
function openFrame(stack: Frame[], name: string): number {
  for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.name === name) return i;
  return -1;
}

function isList(token: HtmlToken): boolean {
  return token.kind === 'open' && (token.name === 'ul' || token.name === 'ol');
}

function lastItem(list: number, lastChildOf: Map<number, number>): number {
  return lastChildOf.get(list) ?? list;
}

function rebuild(html: string, tokens: HtmlToken[], edits: Map<number, AttributeList>, removed: Set<number>): string {
  let out = '';
  let copied = 0;
  for (const [index, token] of tokens.entries()) {
    const extra = edits.get(index);
    if (!removed.has(index) && !extra) continue;
    out += html.slice(copied, token.start);
    if (extra && token.kind === 'open') out += withAttributes(html.slice(token.start, token.end), token.name, extra);
    copied = token.end;
  }
  return out + html.slice(copied);
}

/** Rewrites a start tag with extra attributes: classes are merged, other names replaced. */
function withAttributes(tag: string, name: string, extra: AttributeList): string {
  const closing = tag.endsWith('/>') ? '/>' : tag.endsWith('>') ? '>' : '';
  const inner = tag.slice(1 + name.length, tag.length - closing.length);
  const { attrs, error } = parseAttributes(inner.trim());
  const merged = new Map<string, string>(error ? [] : attrs);
  for (const [key, value] of extra) {
    const old = key === 'class' ? merged.get(key) : undefined;
    merged.set(key, old ? [...new Set([...old.split(/\s+/), ...value.split(/\s+/)])].filter(Boolean).join(' ') : value);
  }
  const written = [...merged].map(([key, value]) =>
    value === '' && key !== 'class' ? key : formatAttribute(key, value),
  );
  const head = error ? `<${tag.slice(1, tag.length - closing.length)}` : `<${tag.slice(1, 1 + name.length)}`;
  return `${head} ${written.join(' ')}${closing || '>'}`;
}
