import { documentLocale, type Messages, messagesFor } from '../../i18n/index.ts';
import { ROOM_KEYS, type RoomControls } from './roomOverlay.ts';

export interface SpeakerRoom {
  element: HTMLElement;
  /** the key was one of the room's: it has been acted on */
  key(key: string): boolean;
  destroy(): void;
}

const statusText = (m: Messages) => ({
  waiting: m.speakerRoomWaiting(),
  open: m.speakerRoomOpen(),
  closed: m.speakerRoomClosed(),
  revealed: m.speakerRoomRevealed(),
});

/**
 * The room in the speaker window, when the deck is served by `npm run room` with the presenter link: how many phones
 * are connected, where the current slide's bet stands, and buttons to open and close betting, show the outcome and
 * the join overlay on the projector. The same keys as in the projector's window (T, Q). It only calls the audience
 * window's room (RoomControls): the server is told from there, once.
 */
export function createSpeakerRoom(doc: Document, room: RoomControls): SpeakerRoom {
  const m = messagesFor(documentLocale(doc));
  const STATUS = statusText(m);
  const element = doc.createElement('section');
  element.id = 'gf-room';
  element.dataset.gf = '';
  element.setAttribute('aria-label', m.speakerRoomLabel());
  const status = doc.createElement('p');
  status.className = 'gf-room-status';
  status.setAttribute('role', 'status');
  const button = (text: string, cls: string, run: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = `gf-room-button ${cls}`;
    b.textContent = text;
    b.addEventListener('click', run);
    return b;
  };
  const open = button(m.speakerRoomOpenButton(), 'gf-room-open', () => room.openBetting());
  const close = button(m.speakerRoomCloseButton(), 'gf-room-close', () => room.closeBetting());
  const reveal = button(m.speakerRoomRevealButton(), 'gf-room-reveal', () => room.revealOutcome());
  const join = button(m.speakerRoomJoinButton(), 'gf-room-join', () => room.toggleJoin());
  const buttons = doc.createElement('div');
  buttons.className = 'gf-room-buttons';
  buttons.append(open, close, reveal, join);
  const hint = doc.createElement('p');
  hint.className = 'gf-room-hint';
  hint.textContent = m.speakerRoomHint({ bet: ROOM_KEYS.bet.toUpperCase(), join: ROOM_KEYS.join.toUpperCase() });
  element.append(status, buttons, hint);

  let last = '';
  const draw = () => {
    const bet = room.bet();
    const phones = room.phones();
    const votes = bet?.tally?.reduce((a, b) => a + b, 0) ?? 0;
    // readings side by side, each the catalogue's own
    const text = [
      m.speakerRoomPhones({ count: phones }),
      ...(bet ? [STATUS[bet.status], m.speakerRoomVotes({ count: votes })] : [m.speakerRoomNoBet()]),
    ].join(' · ');
    const shape = `${text}|${bet?.status ?? ''}|${room.joinShown()}`;
    if (shape === last) return;
    last = shape;
    status.textContent = text;
    open.disabled = bet?.status !== 'waiting';
    close.disabled = bet?.status !== 'open';
    reveal.disabled = bet?.status !== 'closed';
    join.setAttribute('aria-pressed', String(room.joinShown()));
  };
  // the room's client tells the projector's window of changes; here a light poll of a few numbers is enough
  const view = doc.defaultView!;
  const timer = view.setInterval(draw, 300);
  draw();

  return {
    element,
    key(key) {
      if (key === ROOM_KEYS.bet) room.stepBetting();
      else if (key === ROOM_KEYS.join) room.toggleJoin();
      else return false;
      draw();
      return true;
    },
    destroy() {
      view.clearInterval(timer);
      element.remove();
    },
  };
}
