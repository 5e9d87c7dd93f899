import { posix } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { FenceTracker } from './fenceTracker.ts';
import { clip } from './parseFrontMatter.ts';
import type { SourceLine } from './sourceLines.ts';
import { DeckError } from './types.ts';

/**
 * Slide HTML at build time: what a reveal.js deck uses is kept, what no deck needs fails the build with the line and
 * what to write instead, and the rest goes through sanitize-html with the same allow-list (so nothing the checks
 * below missed reaches a page). A slide pasted from the web must not redirect the audience (`<meta refresh>`), run
 * code, frame another site, or reach outside the project for a file (the bundler would publish it).
 */

const TAGS = [
  ...['address', 'article', 'aside', 'footer', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'main'],
  ...['nav', 'section', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'hr', 'li', 'ol', 'p'],
  ...['pre', 'ul', 'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark'],
  ...['q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'],
  ...['caption', 'col', 'colgroup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'img', 'del', 'ins'],
  ...['details', 'summary', 'video', 'audio', 'source', 'track', 'picture', 'input', 'iframe'],
];
const COMMON = ['class', 'id', 'style', 'title', 'lang', 'dir', 'role', 'hidden', 'tabindex', 'aria-*', 'data-*'];
const ATTRIBUTES: Record<string, string[]> = {
  '*': COMMON,
  a: ['href', 'name', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ol: ['start', 'type', 'reversed'],
  td: ['colspan', 'rowspan', 'align', 'scope'],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  col: ['span'],
  input: ['type', 'checked', 'disabled'],
  video: ['src', 'controls', 'autoplay', 'loop', 'muted', 'playsinline', 'poster', 'preload', 'width', 'height'],
  audio: ['src', 'controls', 'autoplay', 'loop', 'muted', 'preload'],
  source: ['src', 'type', 'media'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  iframe: ['src', 'width', 'height', 'allow', 'allowfullscreen', 'loading'],
  time: ['datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
};
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];
const SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** What to write instead, for what a deck never needs. */
const INSTEAD: Record<string, string> = {
  script: 'a slide runs no scripts: use a ```sim block for a live simulation',
  meta: 'a slide cannot set page metadata or send the audience elsewhere: write a link, [text](https://…)',
  base: 'remove it: write links and images relative to the slide file',
  link: 'put styles in assets/theme.css and use a class',
  style: 'put styles in assets/theme.css and use a class',
  frame: 'link to the page instead, [text](https://…)',
  frameset: 'link to the page instead, [text](https://…)',
  object: 'use an image, ![alt](../assets/file.svg), or a link',
  embed: 'use an image, ![alt](../assets/file.svg), or a link',
  svg: 'save it as a file in assets/ and show it with ![alt](../assets/file.svg)',
  math: 'save it as an image in assets/ and show it with ![alt](../assets/file.svg)',
  form: 'a slide has no forms: link to one, [text](https://…)',
  button: 'a slide has no buttons: use a link or a ```sim block with controls',
  textarea: 'a slide has no forms: link to one, [text](https://…)',
  select: 'a slide has no forms: link to one, [text](https://…)',
  template: 'write the content itself',
};

const options = (check?: (tag: string, attrs: Record<string, string>) => void): sanitizeHtml.IOptions => ({
  allowedTags: TAGS,
  allowedAttributes: ATTRIBUTES,
  allowedSchemes: SCHEMES,
  allowedSchemesByTag: { img: ['data', ...SCHEMES] },
  allowProtocolRelative: false,
  // only frames of the deck's own files (checked below to stay inside the project)
  allowedIframeHostnames: [],
  allowIframeRelativeUrls: true,
  disallowedTagsMode: 'discard',
  parser: { lowerCaseAttributeNames: true },
  ...(check && { onOpenTag: check }),
});

/** Lines of the slide outside fenced code, where raw HTML sits (the same text in a fence is only shown). */
function htmlLines(lines: readonly SourceLine[]): SourceLine[] {
  const fences = new FenceTracker();
  return lines.filter((l) => fences.role(l.text, l.line) === 'text');
}

/**
 * Checks and cleans one rendered slide part (body or notes). `lines` is its source, for the line of a problem;
 * `fallback` is used when the text cannot be found there (the slide's first line). `file` is the slide file's path
 * as shown in errors (`slides/03-x.md`), which local paths are resolved against.
 */
export function checkSlideHtml(file: string, html: string, lines: readonly SourceLine[], fallback: number): string {
  if (html === '') return html;
  const source = htmlLines(lines);
  // Markdown alone (no raw HTML, no link or image, no bare address for GFM to link) renders to elements marked
  // makes itself: nothing to check, and most slides of a big deck are like that
  if (!source.some((l) => /<|\]\(|\]:|:\/\/|www\.|@/i.test(l.text))) return html;
  const lineOf = (...needles: string[]): number => {
    for (const needle of needles) {
      const n = needle.toLowerCase();
      const hit = n && source.find((l) => l.text.toLowerCase().includes(n));
      if (hit) return hit.line;
    }
    return fallback;
  };
  const fail = (line: number, detail: string): never => {
    throw new DeckError(file, line, detail);
  };
  const check = (tag: string, attrs: Record<string, string>) => {
    if (Object.hasOwn(INSTEAD, tag)) fail(lineOf(`<${tag}`), `<${tag}> is not allowed in a slide: ${INSTEAD[tag]}`);
    if (!TAGS.includes(tag)) {
      fail(lineOf(`<${tag}`), `<${tag}> is not an element a slide uses: write Markdown or plain HTML (p, div, span…)`);
    }
    for (const [name, raw] of Object.entries(attrs)) {
      if (name.startsWith('on')) {
        fail(lineOf(`${name}=`, name), `${name}="…" is not allowed: slides run no scripts (remove the attribute)`);
      }
      const allowed = [...(ATTRIBUTES[tag] ?? []), ...COMMON];
      if (!allowed.some((a) => (a.endsWith('*') ? name.startsWith(a.slice(0, -1)) : a === name))) {
        fail(lineOf(`${name}=`, ` ${name}`), `<${tag} ${name}> is not allowed: use ${allowed.join(', ')}`);
      }
      if (URL_ATTRIBUTES.includes(name)) checkUrl(file, tag, name, raw, lineOf(raw, `${name}=`), fail);
    }
  };
  // The checks run on sanitize-html's own parse of the slide (htmlparser2): every element and attribute it sees is
  // on the allow-list or the build stops. The HTML itself is kept as rendered (the sanitizer's output re-serialises
  // entities and void tags, which would change every slide for nothing once the checks have passed).
  sanitizeHtml(html, options(check));
  return html;
}

/** Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`): so does this check. */
const schemeOf = (url: string): string | undefined =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those are exactly what a browser skips
  /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();

function checkUrl(
  file: string,
  tag: string,
  name: string,
  url: string,
  line: number,
  fail: (line: number, detail: string) => never,
): void {
  const scheme = schemeOf(url);
  if (scheme) {
    const ok = SCHEMES.includes(scheme) || (scheme === 'data' && tag === 'img' && /^\s*data:image\//i.test(url));
    if (!ok) {
      fail(line, `${name}="${clip(url)}": "${scheme}:" addresses are not allowed; use https://… or a project file`);
    }
    if (tag === 'iframe' || tag === 'source' || tag === 'video' || tag === 'audio' || tag === 'track') {
      if (scheme !== 'data')
        fail(line, `<${tag} ${name}="${clip(url)}">: media and frames come from the project, not another site`);
    }
    return;
  }
  if (/^\s*\/\//.test(url)) fail(line, `${name}="${clip(url)}": write https://… in full (or a project file)`);
  if (/^\s*[#?/]/.test(url) || url.trim() === '') return;
  const local = localPath(url, file);
  if (local.error) fail(line, `${name}="${clip(url)}": ${local.error}`);
}

/**
 * A relative reference in a slide → the project path it names (`slides/x.md` + `../assets/a.svg` → `assets/a.svg`),
 * or why it is refused: a malformed `%` escape, or a path leaving the slides and assets folders.
 */
export function localPath(url: string, file: string): { path?: string; error?: string } {
  let decoded: string;
  try {
    // decoded as a component: %2F is a "/" to whoever serves or bundles the path later, so it counts as one here
    decoded = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  } catch {
    return { error: 'malformed % escape in the path: write %25 for a literal %, or use the file name as it is' };
  }
  if (decoded.includes('\0')) return { error: 'the path contains a NUL character' };
  const dir = posix.dirname(file.replaceAll('\\', '/'));
  const target = posix.normalize(posix.join(dir, decoded.replaceAll('\\', '/')));
  const assets = posix.normalize(posix.join(dir, '..', 'assets'));
  // a translation (slides/es/) shares the original's images: the assets beside the original's folder
  const shared = /^[a-z]{2,3}(-[A-Z]{2})?$/.test(posix.basename(dir))
    ? posix.normalize(posix.join(dir, '..', '..', 'assets'))
    : assets;
  const inside = (root: string) => target.startsWith(`${root}/`) || (root === '.' && !target.startsWith('..'));
  if (posix.isAbsolute(decoded) || !(inside(dir) || inside(assets) || inside(shared))) {
    return {
      error: `the path leaves the project: slides may only use files in ${dir}/ and ${assets}/ (copy the file there)`,
    };
  }
  return { path: target };
}
