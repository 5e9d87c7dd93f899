import { FenceTracker } from './fenceTracker.ts';
import { parseAttributes } from './parseAttributes.ts';
import { clip } from './parseFrontMatter.ts';
import type { SourceLine } from './sourceLines.ts';
import { DeckError } from './types.ts';

export interface ScannedAttributes {
  /** attributes of every `<!-- .slide: … -->` comment, in order, with the comment's line */
  slideAttrs: { name: string; value: string; line: number }[];
  /** the lines with `.slide` comments removed (line count and numbering unchanged) */
  lines: SourceLine[];
}

/**
 * Finds reveal.js attribute comments in a slide's source. `.slide` comments (anywhere in the slide, may span
 * lines) are taken out and returned; `.element` comments are only checked here, with their line, and stay in
 * the Markdown so that they land next to their element in the HTML (see applyElementAttributes). Comments in
 * fenced code or inside an inline code span (odd number of backticks before it on the line) are examples, not
 * attributes.
 */
export function scanAttributeComments(file: string, source: SourceLine[]): ScannedAttributes {
  if (source.length === 0) return { slideAttrs: [], lines: [] };
  const fences = new FenceTracker();
  const isText = source.map((l) => fences.role(l.text, l.line) === 'text');
  const text = source.map((l) => l.text).join('\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineIndexAt = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const slideAttrs: ScannedAttributes['slideAttrs'] = [];
  let out = '';
  let copied = 0;
  // backticks counted so far on the current line: incremental, so many comments on one long line stay linear
  const ticks = { index: -1, pos: 0, count: 0 };
  for (let pos = text.indexOf('<!--'); pos >= 0; pos = text.indexOf('<!--', pos + 4)) {
    const index = lineIndexAt(pos);
    if (ticks.index !== index) Object.assign(ticks, { index, pos: lineStarts[index]!, count: 0 });
    ticks.count += countBackticks(text, ticks.pos, pos);
    ticks.pos = pos;
    if (!isText[index] || ticks.count % 2 === 1) continue;
    const kind = /^<!--\s*\.(slide|element)(?=[:\s]|-->)/.exec(text.slice(pos, pos + 40))?.[1];
    if (!kind) continue;
    const line = source[index]!.line;
    const end = text.indexOf('-->', pos + 4);
    if (end < 0) throw new DeckError(file, line, `attribute comment <!-- .${kind}: … is not closed by "-->"`);
    const body = text
      .slice(pos + 4, end)
      .trim()
      .slice(kind.length + 1)
      .replace(/^:/, '');
    const { attrs, error } = parseAttributes(body);
    if (error) {
      throw new DeckError(
        file,
        line,
        `cannot read attribute comment "${clip(text.slice(pos, end + 3))}": ${error} (expected key="value" pairs)`,
      );
    }
    if (kind === 'slide') {
      for (const [name, value] of attrs) slideAttrs.push({ name, value, line });
      // keep the newlines so every later line keeps its number
      out += text.slice(copied, pos) + text.slice(pos, end + 3).replace(/[^\n]/g, '');
      copied = end + 3;
    }
    pos = end - 1;
  }
  out += text.slice(copied);
  const lines = out.split('\n').map((t, i) => ({ text: t, line: source[i]!.line }));
  return { slideAttrs, lines };
}

function countBackticks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 96) n++;
  return n;
}
