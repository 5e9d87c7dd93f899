/**
 * reveal.js merges every `key=value` of the page's query string into its settings, after ours (`?transition=` is a
 * blank page, `?display=none` hides the slides, `?plugins=1` stops the deck). The deck owns its URL: reveal sees only
 * the settings its own speaker view gives its panes (the notes plugin opens them with exactly these), and
 * `print-pdf`, which it reads as a flag. The kit's keys (view, simulation state) are read by the kit, not by reveal.
 */
const PANE_SETTINGS: Readonly<Record<string, string>> = {
  receiver: '',
  progress: 'false',
  history: 'false',
  transition: 'none',
  autoSlide: '0',
  backgroundTransition: 'none',
  scrollActivationWidth: 'false',
  postMessageEvents: 'true',
  controls: 'false',
};

/** The query string reveal may see: the speaker view's pane settings with their own values, and `print-pdf`. */
function revealSearch(search: string): string {
  const query = new URLSearchParams(search);
  const kept = new URLSearchParams();
  const pane = query.has('receiver');
  for (const [key, value] of query) {
    if (key === 'print-pdf') kept.append(key, '');
    else if (pane && Object.hasOwn(PANE_SETTINGS, key) && PANE_SETTINGS[key] === value) kept.append(key, value);
  }
  // `print-pdf` and `receiver` are flags: written without "=" as reveal's own links do
  const text = kept.toString().replace(/(^|&)(print-pdf|receiver)=(?=&|$)/g, '$1$2');
  return text ? `?${text}` : '';
}

/**
 * Runs `start` (which must call reveal's initialize synchronously: reveal reads the query string there, once) with
 * the address showing only what reveal may see, then puts the address back as it was (with the hash reveal set).
 */
export function withRevealQuery<T>(win: Window, start: () => T): T {
  const own = win.location.search;
  const seen = revealSearch(own);
  if (seen === own) return start();
  const at = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  win.history.replaceState(win.history.state, '', at(seen));
  try {
    return start();
  } finally {
    win.history.replaceState(win.history.state, '', at(own));
  }
}
