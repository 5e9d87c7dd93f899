import { el } from '../dom/el.ts';
import type { Messages } from '../i18n/index.ts';
import type { BetView, HistoryEntry, ServerMessage } from '../roomProtocol/roomMessages.ts';

type State = Extract<ServerMessage, { type: 'state' }>;

export interface JoinViewEvents {
  vote(bet: string, choice: number): void;
  download(): void;
}

const statusText = (m: Messages, status: BetView['status']): string =>
  ({
    waiting: m.joinStatusWaiting,
    open: m.joinStatusOpen,
    closed: m.joinStatusClosed,
    revealed: m.joinStatusRevealed,
  })[status]();

/**
 * Draws the phone's page from the server's state. Everything comes in as text (textContent): the deck's words and
 * the room's numbers alike; nothing is parsed as HTML. The page's own words are the catalogue's (`m`); the deck's come
 * from the server in the phone's language. `languages`: the language switch, kept in the header.
 */
export function renderJoin(
  root: HTMLElement,
  s: State,
  mine: { vote: number | null; pending: number | null; connected: boolean },
  on: JoinViewEvents,
  m: Messages,
  languages: HTMLElement,
): void {
  const doc = root.ownerDocument;
  const header = el(doc, 'header', undefined, 'join-head');
  header.append(el(doc, 'p', m.joinRoomLine({ title: s.deckTitle, room: s.room }), 'join-room'));
  const conn = el(doc, 'p', mine.connected ? m.joinConnected() : m.joinReconnecting(), 'join-conn');
  conn.setAttribute('role', 'status');
  header.append(conn, languages);
  const body: HTMLElement[] = [header];
  if (s.bet) body.push(el(doc, 'h1', s.slide?.title || m.joinPlaceBet()), renderBet(doc, s.bet, mine, on, m));
  else if (s.slide) {
    const sec = el(doc, 'section', undefined, 'join-slide');
    sec.append(el(doc, 'h1', s.slide.title || m.joinFollowAlong()));
    for (const p of s.slide.paragraphs) sec.append(el(doc, 'p', p));
    if (!s.slide.paragraphs.length) sec.append(el(doc, 'p', m.joinLookAtScreen(), 'join-muted'));
    body.push(sec);
  }
  if (s.history.length) body.push(renderTakeHome(doc, s.history, on, m));
  root.replaceChildren(...body);
}

function renderBet(
  doc: Document,
  bet: BetView,
  mine: { vote: number | null; pending: number | null },
  on: JoinViewEvents,
  m: Messages,
): HTMLElement {
  const sec = el(doc, 'section', undefined, 'join-bet');
  const form = el(doc, 'form');
  form.addEventListener('submit', (e) => e.preventDefault());
  const fs = el(doc, 'fieldset');
  const legend = el(doc, 'legend');
  legend.append(el(doc, 'span', m.joinPlaceBet(), 'join-tag'), el(doc, 'span', bet.question, 'join-question'));
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
  const status = el(doc, 'p', statusText(m, bet.status), 'join-status');
  status.setAttribute('role', 'status');
  sec.append(status);
  const yours = el(doc, 'p', undefined, 'join-yours');
  yours.setAttribute('data-vote', mine.vote === null ? '' : String(mine.vote));
  if (mine.pending !== null && mine.pending !== mine.vote)
    yours.textContent = m.joinSending({ choice: bet.choices[mine.pending] ?? '' });
  else if (mine.vote !== null) yours.textContent = m.joinRecorded({ choice: bet.choices[mine.vote] ?? '' });
  else yours.textContent = open ? m.joinNotYet() : m.joinDidNotBet();
  sec.append(yours);
  if (bet.tally)
    sec.append(
      renderSplit(doc, m, bet.choices, bet.tally, mine.vote, bet.status === 'revealed' ? bet.verdict : undefined),
    );
  return sec;
}

/** The room's split, one row per choice; the model's answer beside it once revealed (undefined: not yet). */
function renderSplit(
  doc: Document,
  m: Messages,
  choices: string[],
  tally: number[],
  vote: number | null,
  verdict: number | null | undefined,
): HTMLElement {
  const total = tally.reduce((a, b) => a + b, 0);
  const box = el(doc, 'div', undefined, 'join-split');
  box.append(el(doc, 'h2', m.joinSplitTitle({ count: total })));
  const list = el(doc, 'ul');
  choices.forEach((choice, i) => {
    const n = tally[i] ?? 0;
    const li = el(doc, 'li');
    li.append(el(doc, 'span', m.joinSplitRow({ choice, count: n })));
    // each mark a label of its own beside the row (not words joined into its sentence)
    if (i === vote) li.append(el(doc, 'span', m.joinTagYours(), 'join-tag-mark'));
    if (i === verdict) li.append(el(doc, 'span', m.joinTagModel(), 'join-tag-mark'));
    const bar = el(doc, 'progress');
    bar.max = Math.max(1, total);
    bar.value = n;
    bar.setAttribute('aria-hidden', 'true');
    li.append(bar);
    list.append(li);
  });
  box.append(list);
  if (verdict !== undefined) {
    const text = verdict === null ? m.joinOutcomeOnScreen() : m.joinModelSupports({ choice: choices[verdict] ?? '' });
    box.append(el(doc, 'p', text, 'join-verdict'));
  }
  return box;
}

function renderTakeHome(doc: Document, history: HistoryEntry[], on: JoinViewEvents, m: Messages): HTMLElement {
  const sec = el(doc, 'section', undefined, 'join-home');
  sec.append(el(doc, 'h2', m.joinTakeHomeTitle()));
  sec.append(el(doc, 'p', m.joinTakeHomeText({ count: history.length })));
  const button = el(doc, 'button', m.joinDownload());
  button.type = 'button';
  button.addEventListener('click', () => on.download());
  sec.append(button);
  return sec;
}
