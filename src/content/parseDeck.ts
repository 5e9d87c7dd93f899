import qrcode from 'qrcode-generator';
import { type Locale, messagesFor } from '../i18n/index.ts';
import { suggestName } from '../sim/index.ts';
import { type FrontMatter, parseFrontMatter, sectionFromFileName } from './parseFrontMatter.ts';
import { parseSlide } from './parseSlide.ts';
import { toSourceLines } from './sourceLines.ts';
import { splitSlides } from './splitSlides.ts';
import { type Deck, DeckError, type DeckMeta, type Slide } from './types.ts';

export interface DeckFile {
  /** the path shown in errors and in `Slide.file`, e.g. `slides/03-moving-day.md` */
  path: string;
  text: string;
}

const META_KEYS = ['title', 'subtitle', 'author', 'credit', 'creditUrl', 'licence', 'licenceUrl', 'url', 'totalTime'];
const FILE_KEYS = ['section'];

/**
 * Text → typed deck, with no file system: the files in the order given (loadDeck sorts them by name), each one
 * section, each starting a new horizontal stack. The first file's front matter is the deck's metadata; any file
 * may name its `section:`. Every problem throws a DeckError naming file and line. `locale` is the deck's language:
 * its notes are rendered with that language's labels (a cue's).
 */
export function parseDeck(files: readonly DeckFile[], locale: Locale = 'en'): Deck {
  const cueLabel = messagesFor(locale).speakerCueLabel();
  if (files.length === 0) throw new DeckError('slides', 0, 'no slide files: add at least one .md file');
  const stacks: Slide[][] = [];
  let meta: DeckMeta = { title: '' };
  for (const [index, { path, text }] of files.entries()) {
    guardFile(path, () => {
      rejectBinary(path, text);
      const front = parseFrontMatter(path, toSourceLines(text));
      checkKeys(path, front, index === 0 ? [...META_KEYS, ...FILE_KEYS] : FILE_KEYS);
      if (index === 0) meta = readMeta(path, front);
      const section = front.values.get('section')?.value || sectionFromFileName(path);
      for (const rawStack of splitSlides(path, front.body)) {
        const h = stacks.length;
        stacks.push(rawStack.map((raw, v) => parseSlide(raw, { file: path, section, h, v }, cueLabel)));
      }
    });
  }
  const slides = stacks.flat();
  if (!meta.title) meta.title = slides.find((s) => s.title)?.title ?? '';
  return { meta, stacks, slides };
}

function checkKeys(file: string, front: FrontMatter, allowed: string[]): void {
  for (const [key, { line }] of front.values) {
    if (allowed.includes(key)) continue;
    if (META_KEYS.includes(key)) {
      throw new DeckError(file, line, `front matter: "${key}" is deck metadata and belongs in the first slide file`);
    }
    const near = suggestName(key, allowed);
    const hint = near ? ` Did you mean "${near}"?` : ` Allowed: ${allowed.join(', ')}`;
    throw new DeckError(file, line, `front matter: unknown key "${key}".${hint}`);
  }
}

function readMeta(file: string, front: FrontMatter): DeckMeta {
  const meta: DeckMeta = { title: '' };
  const strings = meta as unknown as Record<string, string>;
  for (const [key, { value, line }] of front.values) {
    if (key === 'section') continue;
    if (key === 'totalTime') {
      const minutes = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
      if (!(minutes > 0 && Number.isFinite(minutes))) {
        throw new DeckError(file, line, `front matter: totalTime = "${value}" must be a positive number of minutes`);
      }
      meta.totalTime = minutes;
    } else {
      if (key === 'url') checkQrCapacity(file, line, value);
      strings[key] = value;
    }
  }
  return meta;
}

/** Whatever escapes the parser that is not a DeckError (a bug of ours on odd input) still names the file. */
function guardFile(file: string, parse: () => void): void {
  try {
    parse();
  } catch (error) {
    if (error instanceof DeckError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DeckError(file, 1, `cannot read this file: ${reason}`);
  }
}

/** A slide file is text: NUL bytes or undecodable bytes (read as U+FFFD) mean an image or a binary saved as .md. */
function rejectBinary(file: string, text: string): void {
  const nul = text.indexOf('\0');
  const bad = text.indexOf('\uFFFD');
  const at = nul < 0 ? bad : bad < 0 ? nul : Math.min(nul, bad);
  if (at < 0) return;
  const line = text.slice(0, at).split('\n').length;
  const what = text[at] === '\0' ? 'a NUL byte' : 'bytes that are not UTF-8 text';
  throw new DeckError(file, line, `this is not a text slide file (${what} here): save slides as UTF-8 Markdown`);
}

/** The handout prints `url:` as a QR code (views/shared/qrSvg.ts: error correction M, byte mode): it must fit in one. */
function checkQrCapacity(file: string, line: number, url: string): void {
  const qr = qrcode(0, 'M');
  qr.addData(url, 'Byte');
  try {
    qr.make();
  } catch {
    const bytes = new TextEncoder().encode(url).length;
    throw new DeckError(
      file,
      line,
      `front matter: url is ${bytes} bytes, too long for the handout's QR code (at most 2331): use a shorter address`,
    );
  }
}
