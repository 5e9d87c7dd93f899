import type { Messages } from '../../i18n/index.ts';

/**
 * reveal.js writes its own controls in English (the arrows' aria-labels, the paused screen's button): once it is up,
 * they are given the page's words. The kit's decks run left to right (reveal swaps the arrows only for `rtl`).
 */
export function nameRevealChrome(revealEl: HTMLElement, m: Messages): void {
  const names: [string, string][] = [
    ['.controls .navigate-left', m.presentPrevious()],
    ['.controls .navigate-right', m.presentNext()],
    ['.controls .navigate-up', m.presentAbove()],
    ['.controls .navigate-down', m.presentBelow()],
  ];
  for (const [selector, name] of names) revealEl.querySelector(selector)?.setAttribute('aria-label', name);
  const resume = revealEl.querySelector('.pause-overlay .resume-button');
  if (resume) resume.textContent = m.presentResume();
}

/**
 * reveal's speaker view (its notes plugin's page) labels its panes in English: the notes, the timer and its reset
 * hint, the pacing line and the upcoming slide get the page's words. Its clock stays reveal's (12-hour, en-US).
 */
export function nameRevealSpeakerView(doc: Document, m: Messages): void {
  const set = (selector: string, text: string) => {
    const el = doc.querySelector(selector);
    if (el) el.textContent = text;
  };
  set('.speaker-controls-notes .label', m.speakerNotes());
  const time = doc.querySelector('.speaker-controls-time .label');
  const reset = time?.querySelector('.reset-button');
  if (time) time.replaceChildren(`${m.speakerTime()} `, ...(reset ? [reset] : []));
  if (reset) reset.textContent = m.speakerTimeReset();
  set('.speaker-controls-time .pacing-title', m.speakerPacing());
  set('#upcoming-slide .label', m.speakerUpcoming());
  set('#connection-status', m.speakerLoading());
}
