/**
 * Tracks CommonMark fenced code blocks line by line, so that separators, `Note:` markers, attribute comments and
 * cues inside a fence are left alone. Only fences that start a line (indented at most 3 spaces) are seen; fences
 * nested in lists or quotes deeper than that are ordinary Markdown to us.
 */
export interface FenceOpen {
  /** the fence characters, e.g. "```" or "~~~~" */
  marker: string;
  /** the info string after the fence, trimmed (e.g. "js [1-2|3]" or "sim") */
  info: string;
}

/** What a line is with respect to fences: it opens one, closes one, is inside one, or is ordinary text. */
export type FenceRole = 'open' | 'close' | 'inside' | 'text';

/** Returns the fence a line opens, or undefined. Hand-written scan rather than a regex: linear on any input. */
function fenceOpening(text: string): FenceOpen | undefined {
  let i = 0;
  while (i < 3 && text[i] === ' ') i++;
  const ch = text[i];
  if (ch !== '`' && ch !== '~') return undefined;
  let j = i;
  while (text[j] === ch) j++;
  if (j - i < 3) return undefined;
  const info = text.slice(j).trim();
  // CommonMark: a backtick fence's info string may not contain a backtick (that is inline code instead)
  if (ch === '`' && info.includes('`')) return undefined;
  return { marker: text.slice(i, j), info };
}

function closes(text: string, open: FenceOpen): boolean {
  let i = 0;
  while (i < 3 && text[i] === ' ') i++;
  const ch = open.marker[0];
  let j = i;
  while (text[j] === ch) j++;
  return j - i >= open.marker.length && text.slice(j).trim() === '';
}

/** Stateful classifier: feed lines in order; `open` is the fence currently open (if any). */
export class FenceTracker {
  open: FenceOpen | undefined;
  /** line number where the current fence opened */
  openLine = 0;

  role(text: string, line: number): FenceRole {
    if (this.open) {
      if (closes(text, this.open)) {
        this.open = undefined;
        return 'close';
      }
      return 'inside';
    }
    const opening = fenceOpening(text);
    if (!opening) return 'text';
    this.open = opening;
    this.openLine = line;
    return 'open';
  }
}
