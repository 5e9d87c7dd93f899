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
