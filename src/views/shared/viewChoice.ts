import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { viewUrl } from './route.ts';

/**
 * The visible choice between the three ways into the workshop, put on the first screen.
 * Links (not buttons) so they work without script state and can be opened in a new tab.
 * Its text comes from the catalogue, in the page's language (the worked example of src/i18n/README.md).
 */
export function createViewChoice(doc: Document, here: URL): HTMLElement {
  const m = messagesFor(documentLocale(doc));
  const nav = doc.createElement('nav');
  nav.className = 'view-choice';
  nav.setAttribute('aria-label', m.viewChoiceLabel());
  const links: [string, 'read' | 'handout', string][] = [
    [m.viewChoiceRead(), 'read', m.viewChoiceReadTitle()],
    [m.viewChoiceHandout(), 'handout', m.viewChoiceHandoutTitle()],
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
  hint.textContent = m.viewChoiceSpeakerHint({ key: 'S' });
  nav.append(hint);
  return nav;
}
