import { el } from '../dom/el.ts';
import type { BetView, HistoryEntry, ServerMessage } from '../roomProtocol/roomMessages.ts';

type State = Extract<ServerMessage, { type: 'state' }>;

export interface JoinViewEvents {
  vote(bet: string, choice: number): void;
  download(): void;
}

const STATUS_TEXT: Record<BetView['status'], string> = {
  waiting: 'Betting opens soon.',
  open: 'Betting is open: tap a choice. You can change it until betting closes.',
  closed: 'Betting has closed. Watch the run on the screen.',
  revealed: 'The run is over.',
};

/**
 * Draws the phone's page from the server's state. Everything comes in as text (textContent): the deck's words and
 * the room's numbers alike; nothing is parsed as HTML.
 */
export function renderJoin(
  root: HTMLElement,
  s: State,
  mine: { vote: number | null; pending: number | null; connected: boolean },
  on: JoinViewEvents,
): void {
  const doc = root.ownerDocument;
  const header = el(doc, 'header', undefined, 'join-head');
  header.append(el(doc, 'p', `${s.deckTitle} · room ${s.room}`, 'join-room'));
  const conn = el(doc, 'p', mine.connected ? 'Connected' : 'Reconnecting…', 'join-conn');
  conn.setAttribute('role', 'status');
  header.append(conn);
  const body: HTMLElement[] = [header];
  if (s.bet) body.push(el(doc, 'h1', s.slide?.title || 'Place your bet'), renderBet(doc, s.bet, mine, on));
  else if (s.slide) {
    const sec = el(doc, 'section', undefined, 'join-slide');
    sec.append(el(doc, 'h1', s.slide.title || 'Follow along'));
    for (const p of s.slide.paragraphs) sec.append(el(doc, 'p', p));
    if (!s.slide.paragraphs.length) sec.append(el(doc, 'p', 'Look at the screen for this one.', 'join-muted'));
    body.push(sec);
  }
  if (s.history.length) body.push(renderTakeHome(doc, s.history, on));
  root.replaceChildren(...body);
}

function renderBet(
  doc: Document,
  bet: BetView,
  mine: { vote: number | null; pending: number | null },
  on: JoinViewEvents,
): HTMLElement {
  const sec = el(doc, 'section', undefined, 'join-bet');
  const form = el(doc, 'form');
  form.addEventListener('submit', (e) => e.preventDefault());
  const fs = el(doc, 'fieldset');
  const legend = el(doc, 'legend');
  legend.append(el(doc, 'span', 'Place your bet', 'join-tag'), el(doc, 'span', bet.question, 'join-question'));
  fs.append(legend);
  const open = bet.status === 'open';
  bet.choices.forEach((choice, i) => {
    const label = el(doc, 'label', undefined, 'join-choice');
    const radio = el(doc, 'input');
    radio.type = 'radio';
    radio.name = `bet-${bet.id}`;
    radio.value = String(i);
    radio.checked = (mine.pending ?? mine.vote) === i;
    radio.disabled = !open;
    radio.addEventListener('change', () => on.vote(bet.id, i));
    label.append(radio, el(doc, 'span', choice));
    fs.append(label);
  });
  form.append(fs);
  sec.append(form);
  const status = el(doc, 'p', STATUS_TEXT[bet.status], 'join-status');
  status.setAttribute('role', 'status');
  sec.append(status);
  const yours = el(doc, 'p', undefined, 'join-yours');
  yours.setAttribute('data-vote', mine.vote === null ? '' : String(mine.vote));
  if (mine.pending !== null && mine.pending !== mine.vote)
    yours.textContent = `Sending your bet: ${bet.choices[mine.pending]}…`;
  else if (mine.vote !== null) yours.textContent = `Your bet is recorded: ${bet.choices[mine.vote]}`;
  else yours.textContent = open ? 'You have not bet yet.' : 'You did not bet on this one.';
  sec.append(yours);
  if (bet.tally)
    sec.append(
      renderSplit(doc, bet.choices, bet.tally, mine.vote, bet.status === 'revealed' ? bet.verdict : undefined),
    );
  return sec;
}

/** The room's split, one row per choice; the model's answer beside it once revealed (undefined: not yet). */
function renderSplit(
  doc: Document,
  choices: string[],
  tally: number[],
  vote: number | null,
  verdict: number | null | undefined,
): HTMLElement {
  const total = tally.reduce((a, b) => a + b, 0);
  const box = el(doc, 'div', undefined, 'join-split');
  box.append(el(doc, 'h2', `How the room bet (${total} ${total === 1 ? 'vote' : 'votes'})`));
  const list = el(doc, 'ul');
  choices.forEach((choice, i) => {
    const n = tally[i] ?? 0;
    const li = el(doc, 'li');
    const marks = [i === vote ? 'your bet' : '', i === verdict ? 'what the model supports' : ''].filter(Boolean);
    li.append(el(doc, 'span', `${choice}: ${n}${marks.length ? ` (${marks.join(', ')})` : ''}`));
    const bar = el(doc, 'progress');
    bar.max = Math.max(1, total);
    bar.value = n;
    bar.setAttribute('aria-hidden', 'true');
    li.append(bar);
    list.append(li);
  });
  box.append(list);
  if (verdict !== undefined) {
    const text = verdict === null ? 'The outcome is on the screen.' : `The model supports: ${choices[verdict] ?? ''}`;
    box.append(el(doc, 'p', text, 'join-verdict'));
  }
  return box;
}

function renderTakeHome(doc: Document, history: HistoryEntry[], on: JoinViewEvents): HTMLElement {
  const sec = el(doc, 'section', undefined, 'join-home');
  sec.append(el(doc, 'h2', 'Take your bets home'));
  sec.append(
    el(
      doc,
      'p',
      `You have bet on ${history.length} of the workshop's questions. Save them with the room's split; the reading view can open the file.`,
    ),
  );
  const button = el(doc, 'button', 'Download my bets');
  button.type = 'button';
  button.addEventListener('click', () => on.download());
  sec.append(button);
  return sec;
}
