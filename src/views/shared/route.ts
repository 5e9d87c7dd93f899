import type { ViewName } from './kitQuery.ts';

/** A slide position as reveal writes it in the hash: `#/h` or `#/h/v`. Nonsense gives the first slide. */
export function parseSlideHash(hash: string): { h: number; v: number } {
  const m = /^#\/(\d{1,6})(?:\/(\d{1,6}))?/.exec(hash);
  return m ? { h: Number(m[1]), v: Number(m[2] ?? 0) } : { h: 0, v: 0 };
}

export function slideHash(h: number, v: number): string {
  return v > 0 ? `#/${h}/${v}` : `#/${h}`;
}

/** The URL of another view at the same place, keeping unrelated query parameters. */
export function viewUrl(current: URL, view: ViewName, h: number, v: number): string {
  const url = new URL(current.href);
  if (view === 'present') url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  url.hash = slideHash(h, v);
  return url.href;
}
