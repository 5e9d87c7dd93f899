import type { SimBlock } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';

export interface ReadBet {
  readonly block: SimBlock;
  /** the choice the reader bet on, if any */
  choice(): string | undefined;
  /** Shows how the run came out next to the bet (text only). */
  showOutcome(text: string): void;
}

/**
 * Before a simulation with a bet runs, the reader commits to an answer: the question and its choices come first,
 * and the simulation appears only once a choice is placed. A bet restored from storage is shown as placed.
 * Everything the reader or storage supplies goes in as text, never as HTML.
 */
export function createReadBet(
  doc: Document,
  simEl: HTMLElement,
  block: SimBlock & { bet: NonNullable<SimBlock['bet']> },
  saved: string | undefined,
  onBet: (choice: string) => void,
): ReadBet {
  const { question, choices } = block.bet;
  const m = messagesFor(documentLocale(doc));
  const box = doc.createElement('div');
  box.className = 'read-bet';
  const baseId = `bet-${block.id}`;

  const form = doc.createElement('form');
  form.className = 'read-bet-form';
  const fieldset = doc.createElement('fieldset');
  const legend = doc.createElement('legend');
  const tag = doc.createElement('span');
  tag.className = 'read-bet-tag';
  tag.textContent = m.readBetTag();
  // the slide's own question, in a span of its own: the pseudo-locale test tells it from the catalogue's words
  const asked = doc.createElement('span');
  asked.className = 'read-bet-question';
  asked.textContent = question;
  legend.append(tag, ' ', asked);
  fieldset.append(legend);
  choices.forEach((choice, i) => {
    const label = doc.createElement('label');
    label.className = 'read-bet-choice';
    const radio = doc.createElement('input');
    radio.type = 'radio';
    radio.name = baseId;
    radio.value = String(i);
    label.append(radio, ` ${choice}`);
    fieldset.append(label);
  });
  const hint = doc.createElement('p');
  hint.className = 'read-bet-hint';
  hint.setAttribute('role', 'status');
  const submit = doc.createElement('button');
  submit.type = 'submit';
  submit.className = 'read-button';
  submit.textContent = m.readBetSubmit();
  fieldset.append(submit, hint);
  form.append(fieldset);

  const placed = doc.createElement('p');
  placed.className = 'read-bet-placed';
  placed.hidden = true;
  const outcome = doc.createElement('p');
  outcome.className = 'read-bet-outcome';
  outcome.setAttribute('role', 'status');

  box.append(form, placed);
  simEl.before(box);
  simEl.after(outcome);

  let choice: string | undefined;
  const place = (picked: string, announce: boolean) => {
    choice = picked;
    form.hidden = true;
    placed.hidden = false;
    // the choice (the slide's words) in bold, where the translation puts it in its sentence
    const sentence = m.readBetPlaced({ choice: picked });
    const at = sentence.indexOf(picked);
    const strong = doc.createElement('strong');
    strong.textContent = picked;
    if (at < 0) placed.replaceChildren(sentence);
    else placed.replaceChildren(sentence.slice(0, at), strong, sentence.slice(at + picked.length));
    simEl.hidden = false;
    if (announce) placed.tabIndex = -1;
    if (announce) placed.focus({ preventScroll: true });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = form.querySelector<HTMLInputElement>('input[type=radio]:checked');
    const picked = checked ? choices[Number(checked.value)] : undefined;
    if (picked === undefined) {
      hint.textContent = m.readBetPickFirst();
      return;
    }
    hint.textContent = '';
    place(picked, true);
    onBet(picked);
  });

  // A stored bet whose choice no longer exists (the slide changed) is dropped: the reader bets again.
  if (saved !== undefined && choices.includes(saved)) place(saved, false);
  else simEl.hidden = true;

  return {
    block,
    choice: () => choice,
    showOutcome(text) {
      outcome.textContent = text;
    },
  };
}
