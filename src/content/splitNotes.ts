import { FenceTracker } from './fenceTracker.ts';
import { isBlank, type SourceLine } from './sourceLines.ts';
import { DeckError } from './types.ts';

export interface SplitSlide {
  body: SourceLine[];
  /** the notes' lines with their markers removed ([] when the slide has none) */
  notes: SourceLine[];
}

/** `Note:` / `Notes:` (any case, as reveal.js) at the start of a line, indented at most 3 spaces. */
const MARKER = /^ {0,3}notes?:[ \t]*/i;

/**
 * Splits a slide into body and speaker notes. As in reveal.js, the first marker line starts the notes and they run
 * to the end of the slide. Where reveal's plugin is odd we do the sensible thing:
 * - a second marker continues the notes (reveal starts over and drops what came before);
 * - a marker indented up to 3 spaces still counts (4 spaces is an indented code block in Markdown);
 * - a marker inside a fenced code block is code, not a marker.
 * A marker with no text after it is an error: it is almost always a half-written slide.
 */
export function splitNotes(file: string, lines: SourceLine[]): SplitSlide {
  const fences = new FenceTracker();
  let markerAt = -1;
  let firstMarkerLine = 0;
  const notes: SourceLine[] = [];
  for (const [i, source] of lines.entries()) {
    const role = fences.role(source.text, source.line);
    const marker = role === 'text' ? MARKER.exec(source.text) : null;
    if (marker && markerAt < 0) {
      markerAt = i;
      firstMarkerLine = source.line;
    }
    if (markerAt < 0) continue;
    notes.push(marker ? { text: source.text.slice(marker[0].length), line: source.line } : source);
  }
  if (markerAt < 0) return { body: lines, notes: [] };
  if (isBlank(notes)) throw new DeckError(file, firstMarkerLine, 'speaker notes marker "Note:" has no text after it');
  return { body: lines.slice(0, markerAt), notes };
}
