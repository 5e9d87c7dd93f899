/**
 * reveal.js merges every `key=value` of the page's query string into its settings, after ours (`?transition=` is a
 * blank page, `?display=none` hides the slides, `?plugins=1` stops the deck). The deck owns its URL: reveal sees only
 * the settings its own speaker view gives its panes (the notes plugin opens them with exactly these), and
 * `print-pdf`, which it reads as a flag: `seen`, which views/shared/kitQuery.ts works out with the kit's own keys.
 */

/**
 * Runs `start` (which must call reveal's initialize synchronously: reveal reads the query string there, once) with
 * the address showing only `seen`, then puts the address back as it was (with the hash reveal set).
 */
export function withRevealQuery<T>(win: Window, seen: string, start: () => T): T {
  const own = win.location.search;
  if (seen === own) return start();
  const at = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  win.history.replaceState(win.history.state, '', at(seen));
  try {
    return start();
  } finally {
    win.history.replaceState(win.history.state, '', at(own));
  }
}
