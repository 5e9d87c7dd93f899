import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { PLAN_PROMPTS, planPromptText } from '../shared/readerStore.ts';

export interface PlanEntry {
  question: string;
  answer: string;
}

/**
 * The reader's plan page when the reading view saved one in this browser, else a worksheet with ruled lines.
 * Either way it starts on a new page, so it can be torn off and kept.
 */
export function createPlanPage(doc: Document, plan: PlanEntry[] | undefined, linesPerQuestion = 4): HTMLElement {
  const m = messagesFor(documentLocale(doc));
  const page = doc.createElement('section');
  const filled = plan?.some((e) => e.answer.trim()) ?? false;
  page.className = `handout-plan ${filled ? 'handout-plan--filled' : 'handout-plan--blank'}`;
  const h = doc.createElement('h2');
  h.textContent = filled ? m.handoutPlanTitle() : m.handoutWorksheetTitle();
  const intro = doc.createElement('p');
  intro.textContent = filled ? m.handoutPlanIntro() : m.handoutWorksheetIntro();
  page.append(h, intro);
  const entries = filled ? plan! : PLAN_PROMPTS.map((p) => ({ question: planPromptText(m, p.key).label, answer: '' }));
  for (const entry of entries) {
    const q = doc.createElement('h3');
    q.textContent = entry.question;
    page.append(q);
    if (filled) {
      const a = doc.createElement('p');
      a.className = 'handout-answer';
      a.textContent = entry.answer.trim() || '—';
      page.append(a);
    } else {
      page.append(createRuledLines(doc, linesPerQuestion));
    }
  }
  return page;
}

/** Ruled lines to write on by hand: borders, which print even when the browser leaves backgrounds out. */
export function createRuledLines(doc: Document, count: number): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'handout-lines';
  box.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < count; i++) box.append(doc.createElement('div'));
  return box;
}
