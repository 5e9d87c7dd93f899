/** One line of a slide file with its 1-based line number, so every later stage can name the exact line. */
export interface SourceLine {
  text: string;
  line: number;
}

/**
 * Splits a file into numbered lines. CRLF and lone CR become LF and a leading BOM is dropped, so Windows-edited
 * slides parse exactly like the rest; splitting on a plain string keeps it linear on any input.
 */
export function toSourceLines(text: string, firstLine = 1): SourceLine[] {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return normal.split('\n').map((t, i) => ({ text: t, line: firstLine + i }));
}

export function isBlank(lines: readonly SourceLine[]): boolean {
  return lines.every((l) => l.text.trim() === '');
}
