import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { PLAN_PROMPTS, planPromptText, type ReaderPlan } from '../shared/readerStore.ts';

export interface ReadPlan {
  section: HTMLElement;
  /** the answers as they stand in the form */
  value(): ReaderPlan;
}

/**
 * "Your give-first plan": the workshop's closing activity as a form. Answers are saved as typed (through
 * `onChange`) and stay on the device; the printed handout reads them from the same store.
 */
export function buildReadPlan(
  doc: Document,
  initial: ReaderPlan,
  handoutHref: string,
  onChange: (plan: ReaderPlan) => void,
): ReadPlan {
  const m = messagesFor(documentLocale(doc));
  const section = doc.createElement('section');
  section.className = 'read-plan';
  section.id = 'plan';
  section.setAttribute('aria-labelledby', 'plan-title');
  const heading = doc.createElement('h2');
  heading.id = 'plan-title';
  heading.textContent = m.readPlanTitle();
  const intro = doc.createElement('p');
  intro.textContent = m.readPlanIntro();
  const form = doc.createElement('form');
  form.addEventListener('submit', (e) => e.preventDefault());

  const fields = new Map<keyof ReaderPlan, HTMLTextAreaElement>();
  for (const { key } of PLAN_PROMPTS) {
    const { label, hint } = planPromptText(m, key);
    const id = `plan-${key}`;
    const wrap = doc.createElement('div');
    wrap.className = 'read-plan-field';
    const labelEl = doc.createElement('label');
    labelEl.htmlFor = id;
    labelEl.textContent = label;
    const hintEl = doc.createElement('p');
    hintEl.className = 'read-plan-hint';
    hintEl.id = `${id}-hint`;
    hintEl.textContent = hint;
    const field = doc.createElement('textarea');
    field.id = id;
    field.name = key;
    field.rows = 2;
    field.maxLength = 2000;
    field.setAttribute('aria-describedby', hintEl.id);
    field.value = initial[key];
    wrap.append(labelEl, hintEl, field);
    form.append(wrap);
    fields.set(key, field);
  }

  const status = doc.createElement('p');
  status.className = 'read-plan-status';
  status.setAttribute('role', 'status');
  const value = (): ReaderPlan => {
    const plan = { where: '', what: '', who: '', check: '' };
    for (const [key, field] of fields) plan[key] = field.value;
    return plan;
  };
  form.addEventListener('input', () => {
    onChange(value());
    // Same text every time, so a screen reader hears it once rather than on every key.
    status.textContent = m.readPlanSaved();
  });

  const print = doc.createElement('a');
  print.className = 'read-button';
  print.href = handoutHref;
  print.textContent = m.readPlanPrint();
  section.append(heading, intro, form, status, print);
  return { section, value };
}
