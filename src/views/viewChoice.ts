import { viewUrl } from './route.ts';

/**
 * The visible choice between the three ways into the workshop, put on the first screen.
 * Links (not buttons) so they work without script state and can be opened in a new tab.
 */
export function createViewChoice(doc: Document, here: URL): HTMLElement {
  const nav = doc.createElement('nav');
  nav.className = 'view-choice';
  nav.setAttribute('aria-label', 'Ways to use this workshop');
  const links: [string, 'read' | 'handout', string][] = [
    ['Read at your own pace', 'read', 'The narrative under every slide, simulations to try, your place kept.'],
    ['Printable handout', 'handout', 'Slides, notes and simulation results, ready to print or save as PDF.'],
  ];
  for (const [label, view, title] of links) {
    const a = doc.createElement('a');
    a.href = viewUrl(here, view, 0, 0);
    a.textContent = label;
    a.title = title;
    nav.append(a);
  }
  const hint = doc.createElement('span');
  hint.className = 'view-choice-hint';
  hint.textContent = 'Presenting? Press S for the speaker view.';
  nav.append(hint);
  return nav;
}
