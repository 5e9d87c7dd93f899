import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DeckError } from './types.ts';

/** The fields vite's error overlay and rollup's build error read (id, loc, frame), for one DeckError. */
export interface ViteDeckError {
  message: string;
  stack: string;
  id: string;
  plugin: string;
  frame: string;
  loc?: { file: string; line: number; column: number };
}

export function toViteError(error: DeckError, root: string, plugin: string): ViteDeckError {
  const file = resolve(root, error.file);
  const located = error.line > 0;
  return {
    message: error.message,
    // the overlay prints the stack under the message; the parser's own stack would only be noise to an author
    stack: '',
    id: file,
    plugin,
    frame: located ? codeFrame(file, error.line) : '',
    ...(located ? { loc: { file, line: error.line, column: 1 } } : {}),
  };
}

/** Two lines of context either side of the offending line, numbered, with `>` marking it. */
function codeFrame(file: string, line: number): string {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  } catch {
    return '';
  }
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').slice(0, 200);
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
  }
  return out.join('\n');
}
