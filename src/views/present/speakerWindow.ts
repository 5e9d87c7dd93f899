import type { RevealApi } from 'reveal.js';
import type { Deck } from '../../content/types.ts';
import type { WidgetState } from '../../widgets/types.ts';
import type { RoomControls } from './roomOverlay.ts';

/** What the speaker window needs from the present view. */
export interface SpeakerSource {
  deck(): Deck;
  /** the state of the audience's simulation on `el`, if it is mounted (the console starts from it) */
  widgetState(el: HTMLElement): WidgetState | undefined;
  /** the room on the projector, if this deck is served by one (the speaker window shows phones and betting) */
  room?(): RoomControls | null;
}

export interface SpeakerWindowWatch {
  /** the deck changed (hot reload): rebuild what the speaker window shows */
  refresh(): void;
  destroy(): void;
}

const isSpeakerMessage = (data: unknown) => {
  if (typeof data !== 'string') return false;
  try {
    const m = JSON.parse(data) as { namespace?: unknown; type?: unknown };
    return m?.namespace === 'reveal-notes' && (m.type === 'connected' || m.type === 'heartbeat');
  } catch {
    return false;
  }
};

/**
 * reveal's speaker view is an about:blank popup of this page's origin that the notes plugin writes; it says
 * `connected` once its panes load and then sends a heartbeat every second (also to a reloaded main window). Hearing
 * either, the main window dresses the popup (layout, cues, the simulation console: `speakerPopup.ts`, loaded only
 * then). A popup of another origin, or any other message, is ignored.
 */
export function watchSpeakerWindow(win: Window, reveal: RevealApi, source: SpeakerSource): SpeakerWindowWatch {
  let dressed: { popup: Window; refresh(): void; destroy(): void } | undefined;
  let pending: Window | undefined;

  const onMessage = (e: MessageEvent) => {
    const popup = e.source;
    if (!popup || popup === win || !isSpeakerMessage(e.data)) return;
    const w = popup as Window;
    if ((dressed && dressed.popup === w && !w.closed) || pending === w) return;
    try {
      if (!w.document.getElementById('speaker-controls')) return;
    } catch {
      return; // not ours to touch
    }
    pending = w;
    void import('./speakerPopup.ts').then(({ dressSpeakerPopup }) => {
      pending = undefined;
      if (w.closed) return;
      dressed?.destroy();
      dressed = { popup: w, ...dressSpeakerPopup(w, win, reveal, source) };
    });
  };
  win.addEventListener('message', onMessage);
  return {
    refresh: () => dressed?.refresh(),
    destroy() {
      win.removeEventListener('message', onMessage);
      dressed?.destroy();
      dressed = undefined;
    },
  };
}
