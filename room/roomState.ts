import { timingSafeEqual } from 'node:crypto';
import type {
  BetStatus,
  BetView,
  HistoryEntry,
  PresenterMessage,
  ServerMessage,
} from '../src/roomProtocol/roomMessages.ts';
import { createModelVerdict } from './modelVerdict.ts';
import type { RoomBet, RoomDeck } from './roomDeck.ts';
import type { RoomStore, StoredRoom } from './roomStore.ts';

type State = Extract<ServerMessage, { type: 'state' }>;

/** Who is looking: the projector (presenter) or a phone, and the device whose votes to show. */
export interface Viewer {
  presenter: boolean;
  device: string | null;
  /** the language the viewer reads (the phone's own); slide and bet texts come from that translation, if any */
  lang?: string | null;
}

export interface RoomState {
  tokenOk(token: string | undefined): boolean;
  /** the room as `viewer` sees it (the presenter's join counts and addresses are the server's to add) */
  stateFor(viewer: Viewer): State;
  /** votes per choice number on a bet */
  tallyOf(bet: RoomBet): number[];
  /** the presenter's action, applied and stored; or why it was refused */
  act(m: PresenterMessage): { refused: string } | { ok: true };
  /** a device's vote, stored (the write has committed when this returns); or why it was refused */
  vote(device: string, betId: string, choice: number): { refused: string } | { bet: RoomBet };
}

const STATUS_AFTER: Record<string, BetStatus> = { open: 'open', close: 'closed', reveal: 'revealed' };

/**
 * The room's state and the presenter's actions on it, without the sockets: the slide on screen, each bet's status
 * and the votes, written to the store first and kept in memory beside it. A restart picks up from the store.
 */
export function createRoomState(
  deck: RoomDeck,
  store: RoomStore,
  first: StoredRoom,
  translations: ReadonlyMap<string, RoomDeck> = new Map(),
): RoomState {
  let room = first;
  const modelVerdict = createModelVerdict();
  const statuses = new Map<string, BetStatus>();
  // the store's votes per bet, read once and then kept in step with each write (the store is written first)
  const votes = new Map<string, Map<string, number>>();
  const votesOn = (bet: string) => {
    let v = votes.get(bet);
    if (!v) {
      v = store.votesOn(room.id, bet);
      votes.set(bet, v);
    }
    return v;
  };
  const tallyOf = (bet: RoomBet) => {
    const out = new Array<number>(bet.choices.length).fill(0);
    for (const choice of votesOn(bet.id).values()) if (choice < out.length) out[choice]!++;
    return out;
  };
  const restore = () => {
    votes.clear();
    statuses.clear();
    for (const [bet, kind] of store.betStatuses(room.id)) statuses.set(bet, STATUS_AFTER[kind]!);
  };
  restore();
  let slide = store.lastSlide(room.id) ?? deck.slides.keys().next().value ?? '0';

  // a translation keeps every slide and bet in place (checkTranslation): same ids, same choice numbers
  const wordsFor = (lang: string | null | undefined) => (lang ? translations.get(lang) : undefined) ?? deck;
  const betView = (bet: RoomBet, forPresenter: boolean, words: RoomDeck): BetView => {
    const status = statuses.get(bet.id) ?? 'waiting';
    const showTally = forPresenter || status === 'closed' || status === 'revealed';
    const text = words.bets.get(bet.id) ?? bet;
    return {
      id: bet.id,
      question: text.question,
      choices: text.choices,
      status,
      tally: showTally ? tallyOf(bet) : null,
      verdict: status === 'revealed' ? modelVerdict(bet) : null,
    };
  };
  const history = (device: string | null, words: RoomDeck): HistoryEntry[] => {
    if (!device) return [];
    const out: HistoryEntry[] = [];
    for (const [betId, choice] of store.votesOf(room.id, device)) {
      const bet = deck.bets.get(betId);
      if (!bet) continue;
      const view = betView(bet, false, words);
      out.push({
        bet: betId,
        question: view.question,
        choices: view.choices,
        yourVote: choice,
        tally: view.tally,
        verdict: view.verdict,
      });
    }
    return out;
  };

  return {
    tokenOk: (token) => {
      if (!token) return false;
      const a = Buffer.from(token);
      const b = Buffer.from(room.token);
      return a.length === b.length && timingSafeEqual(a, b);
    },
    stateFor: ({ presenter, device, lang }) => {
      const bet = deck.betOn(slide);
      const words = wordsFor(lang);
      return {
        type: 'state',
        room: room.code,
        deckTitle: words.title,
        presenter,
        slide: words.slides.get(slide) ?? deck.slides.get(slide) ?? null,
        bet: bet ? betView(bet, presenter, words) : null,
        yourVote: bet && device ? (votesOn(bet.id).get(device) ?? null) : null,
        history: history(device, words),
      };
    },
    tallyOf,
    act: (m) => {
      if (m.type === 'slide') {
        if (!deck.slides.has(m.slide)) return { refused: 'no such slide' };
        slide = m.slide;
        store.recordEvent(room.id, 'slide', slide);
      } else if (m.type === 'reset') {
        // a fresh room with the same code and token: the old room's votes stay in the store (and in the export)
        room = store.createRoom(room.code, room.token, room.deckTitle);
        store.recordEvent(room.id, 'reset', '');
        restore();
      } else {
        if (!deck.bets.has(m.bet)) return { refused: 'no such bet' };
        store.recordEvent(room.id, m.type, m.bet);
        statuses.set(m.bet, STATUS_AFTER[m.type]!);
      }
      store.touchRoom(room.id);
      return { ok: true };
    },
    vote: (device, betId, choice) => {
      const bet = deck.bets.get(betId);
      if (!bet) return { refused: 'no such bet' };
      if (statuses.get(bet.id) !== 'open') return { refused: 'betting is closed' };
      if (choice >= bet.choices.length) return { refused: 'no such choice' };
      store.recordVote(room.id, bet.id, device, choice);
      votesOn(bet.id).set(device, choice);
      return { bet };
    },
  };
}
