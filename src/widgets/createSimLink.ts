import type { Frame } from '../sim/types.ts';
import { FOLLOW_MS } from './createPaintGate.ts';
import { type PackedFrame, packFrame, unpackFrame } from './packFrame.ts';
import type { SimSync, SyncMessage, WidgetState } from './types.ts';

/** A follower whose leader falls silent this long while playing takes over the clock (the leader window closed). */
export const LEADER_SILENCE_MS = 1500;

/** What the link needs from its widget. */
export interface LinkHost {
  state(): WidgetState;
  /** the frame on screen, only if it shows exactly `state()` (a follower then draws it without the model) */
  shownFrame(): Frame | undefined;
  /** whether a state from another window passes the checks an address's does (a failing message is dropped whole) */
  accepts?(state: unknown): boolean;
  /** a leader's state arrived: show it */
  follow(state: WidgetState): void;
  /** the leader fell silent: this widget leads now */
  takeOver(): void;
  /** whether the widget is on a shown slide (only then can it run the clock for others) */
  active(): boolean;
}

export interface SimLink {
  /** whether this widget runs the clock: it acted last, or took over from a silent leader */
  readonly leading: boolean;
  /** A user action here: lead from now on. While following a playing leader, the tick it has reached by now. */
  lead(): number | undefined;
  /** Tells the other windows the state at once (an action, a follower's hello). */
  post(): void;
  /** After a tick of the clock: while playing at most every FOLLOW_MS (followers paint no more often), else at once. */
  postTick(): void;
  /** the leader's frame for `tick`, if the last message carried it */
  frameAt(tick: number): Frame | undefined;
  /** watch for a silent leader (only while following one that plays); one timer, not one per message */
  watch(on: boolean): void;
  /** A widget that becomes active asks who leads. */
  hello(): void;
  close(): void;
}

/**
 * The sync protocol of one widget. A user action makes its window the leader: it alone runs the clock; every other
 * window follows what it posts. One exception: a deck shown inside another page (`pane`, the speaker view's current
 * and upcoming slides) hands the clock to the audience's window as soon as that one hears its action. While playing, the leader posts at most every FOLLOW_MS, with the frame it drew, so
 * a follower shows exactly the tick it heard (picture, chart and words agree) without running the model; at rest
 * and on every action it posts at once. A widget that activates says hello: the leader answers with its state, any
 * other with a hello marked `reply`, so both know that someone listens (only then is a frame worth packing).
 */
export function createSimLink(
  sync: SimSync | undefined,
  id: string,
  self: string,
  host: LinkHost,
  pane = false,
): SimLink {
  let leading = false;
  let peers = false;
  let received: PackedFrame | undefined;
  let heard: { tick: number; at: number } | undefined;
  let postedAt = Number.NEGATIVE_INFINITY;
  let silence: ReturnType<typeof setTimeout> | undefined;

  function send() {
    const state = host.state();
    const shown = peers ? host.shownFrame() : undefined;
    postedAt = Date.now();
    sync?.publish({
      kind: 'state',
      from: self,
      state,
      ...(shown && { frame: packFrame(shown) }),
      ...(pane && { pane }),
    });
  }

  function receive(m: SyncMessage) {
    // another window is another program: only well-formed messages (the state itself is checked by the widget)
    if (!wellFormed(m)) return;
    peers = true;
    if (m.kind === 'hello') {
      if (leading) send();
      else if (!m.reply) sync?.publish({ kind: 'hello', from: self, id, reply: true });
      return;
    }
    if (host.accepts && !host.accepts(m.state)) return;
    leading = false;
    received = m.frame;
    heard = { tick: m.state.tick, at: Date.now() };
    host.follow({ ...m.state, overrides: { ...m.state.overrides } });
    if (m.pane && !pane && host.active()) {
      // The presenter acted in the speaker view: the audience's window takes the clock over from there, so the
      // projector plays at full rate and the panes follow (they show a preview, and paint only twice a second).
      leading = true;
      received = undefined;
      host.takeOver();
      send();
    }
  }

  function check() {
    silence = undefined;
    const quiet = Date.now() - (heard?.at ?? Number.NEGATIVE_INFINITY);
    if (quiet < LEADER_SILENCE_MS) {
      silence = setTimeout(check, LEADER_SILENCE_MS - quiet);
      return;
    }
    leading = true;
    host.takeOver();
  }

  const unsubscribe = sync?.subscribe(id, self, receive);
  return {
    get leading() {
      return leading;
    },
    lead() {
      const s = host.state();
      // The follower shows a tick up to FOLLOW_MS old: act from where the leader's clock is, not where it was.
      const caughtUp =
        !leading && s.playing && heard
          ? heard.tick + Math.floor(((Date.now() - heard.at) * s.speed) / 1000)
          : undefined;
      leading = true;
      received = undefined;
      return caughtUp;
    },
    post() {
      if (sync) send();
    },
    postTick() {
      if (sync && !(host.state().playing && Date.now() - postedAt < FOLLOW_MS)) send();
    },
    frameAt(tick) {
      return !leading && received?.tick === tick ? unpackFrame(received) : undefined;
    },
    watch(on) {
      if (!on) {
        clearTimeout(silence);
        silence = undefined;
      } else if (silence === undefined) silence = setTimeout(check, LEADER_SILENCE_MS);
    },
    hello() {
      sync?.publish({ kind: 'hello', from: self, id });
    },
    close() {
      clearTimeout(silence);
      unsubscribe?.();
    },
  };
}

/** The shape of a message; its numbers are checked by the widget with the address's rules (checkWidgetState). */
function wellFormed(m: unknown): m is SyncMessage {
  if (typeof m !== 'object' || m === null) return false;
  const { kind, from, state } = m as Partial<Record<string, unknown>>;
  if (typeof from !== 'string') return false;
  if (kind === 'hello') return true;
  return kind === 'state' && typeof state === 'object' && state !== null && !Array.isArray(state);
}
