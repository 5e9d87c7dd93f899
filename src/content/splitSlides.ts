import { FenceTracker } from './fenceTracker.ts';
import type { SourceLine } from './sourceLines.ts';
import { isBlank } from './sourceLines.ts';
import { DeckError } from './types.ts';

/** One slide's source lines, before any Markdown is read. */
export interface RawSlide {
  /** 1-based line of the slide's first line (the line after its separator) */
  line: number;
  lines: SourceLine[];
}

/**
 * Splits a file body into stacks of vertical slides, reveal.js style: a line `---` starts a new stack, a line `--`
 * a new vertical slide. Trailing spaces are tolerated, leading ones are not (an indented `---` is Markdown).
 * Lines inside fenced code blocks are never separators. One pass over the lines, so 5,000 slides split in
 * linear time.
 */
export function splitSlides(file: string, body: SourceLine[]): RawSlide[][] {
  if (isBlank(body)) {
    throw new DeckError(file, body[0]?.line ?? 1, 'empty slide file: it has no slides (delete it, or add content)');
  }
  const fences = new FenceTracker();
  const stacks: RawSlide[][] = [];
  let stack: RawSlide[] = [];
  let slide: RawSlide = { line: body[0]!.line, lines: [] };
  let separatorLine = 0;
  const finishSlide = (nextLine: number) => {
    if (isBlank(slide.lines)) {
      const where = separatorLine || slide.line;
      throw new DeckError(file, where, 'empty slide: nothing between this separator and the next one');
    }
    stack.push(slide);
    slide = { line: nextLine, lines: [] };
  };
  for (const source of body) {
    const role = fences.role(source.text, source.line);
    const text = role === 'text' ? source.text.trimEnd() : '';
    if (text === '---' || text === '--') {
      finishSlide(source.line + 1);
      if (text === '---') {
        stacks.push(stack);
        stack = [];
      }
      separatorLine = source.line;
      continue;
    }
    if (role === 'text') checkNesting(file, source);
    slide.lines.push(source);
  }
  if (fences.open) {
    throw new DeckError(file, fences.openLine, `code fence ${fences.open.marker} opened here is never closed`);
  }
  finishSlide(0);
  stacks.push(stack);
  return stacks;
}

/** Beyond these, marked's time grows steeply with depth (a 1,000-level list takes about a minute). */
const MAX_INDENT = 100;
const MAX_MARKERS = 32;

/**
 * Refuses absurdly deep nesting before marked sees it: more than MAX_MARKERS quote/list markers, or more than
 * MAX_INDENT columns of indentation, at the start of a line. No real slide comes near either limit.
 */
function checkNesting(file: string, { text, line }: SourceLine): void {
  let columns = 0;
  let markers = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4;
    else if (c === '>') markers++;
    else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) markers++;
    else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if ((text[j] !== '.' && text[j] !== ')') || (text[j + 1] !== ' ' && text[j + 1] !== '\t')) break;
      markers++;
      i = j;
    } else break;
    if (columns > MAX_INDENT || markers > MAX_MARKERS) {
      throw new DeckError(
        file,
        line,
        `nesting too deep: at most ${MAX_MARKERS} list or quote levels and ${MAX_INDENT} columns of indentation`,
      );
    }
  }
}
