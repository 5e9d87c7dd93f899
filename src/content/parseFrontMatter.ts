import type { SourceLine } from './sourceLines.ts';
import { DeckError } from './types.ts';

/** A file's front matter: simple `key: value` pairs, each with the line it came from. */
export interface FrontMatter {
  values: Map<string, { value: string; line: number }>;
  /** the file's lines after the front matter */
  body: SourceLine[];
}

/**
 * Reads an optional front-matter block (`---` on the first line … `---`). Deliberately YAML-ish, not YAML: one
 * `key: value` a line, `#` comments, optional quotes around the value. That covers the deck's needs without a
 * dependency, and anything fancier is reported with its line rather than half-understood.
 */
export function parseFrontMatter(file: string, lines: SourceLine[]): FrontMatter {
  const values: FrontMatter['values'] = new Map();
  if (lines[0]?.text.trimEnd() !== '---') return { values, body: lines };
  const end = lines.findIndex((l, i) => i > 0 && l.text.trimEnd() === '---');
  if (end < 0) throw new DeckError(file, lines[0].line, 'front matter starting here is not closed by a "---" line');
  for (const { text, line } of lines.slice(1, end)) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const colon = trimmed.indexOf(':');
    const key = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    if (!/^[A-Za-z][\w-]*$/.test(key)) {
      throw new DeckError(file, line, `front matter: expected "key: value", got "${clip(trimmed)}"`);
    }
    if (values.has(key)) throw new DeckError(file, line, `front matter: "${key}" is set twice`);
    values.set(key, { value: unquote(trimmed.slice(colon + 1).trim()), line });
  }
  return { values, body: lines.slice(end + 1) };
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  return value;
}

/** Shortens quoted input in messages, so a line of binary noise does not flood the overlay. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `03-moving-day.md` → "Moving day": the section name when a file's front matter gives none. */
export function sectionFromFileName(path: string): string {
  const base = (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '');
  const words = base
    .replace(/^\d+[-_. ]*/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  const name = words || base;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
