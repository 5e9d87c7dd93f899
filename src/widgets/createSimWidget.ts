import type { SimBlock } from '../content/types.ts';
import { renderTable } from '../render/renderTable.ts';
import type { Frame, Run } from '../sim/types.ts';
import { bindWidgetKeys } from './bindWidgetKeys.ts';
import { buildControls, type Controls } from './buildControls.ts';
import { browserScheduler, createClock, type Scheduler } from './createClock.ts';
import { createPaintGate, FOLLOW_MS } from './createPaintGate.ts';
import { drawFigure } from './drawFigure.ts';
import { initialState, textOverrides } from './initialState.ts';
import { observeChartSize } from './observeChartSize.ts';
import { type PackedFrame, packFrame, unpackFrame } from './packFrame.ts';
import { staticSimWidget } from './renderSimSnapshot.ts';
import { createSession, presetInfoOf, type SimSession } from './simSession.ts';
import { shownStrategy, strategyOverrides } from './strategyChoice.ts';
import { createSummaryTimer, summarizeTick } from './summary.ts';
import type { SimSync, SimWidget, SyncMessage, WidgetState } from './types.ts';
import { buildWidgetDom } from './widgetDom.ts';

export interface SimWidgetOptions {
  sync?: SimSync;
  initial?: Partial<WidgetState>;
  /** notes to show with the widget, e.g. from simStateFromUrl */
  warnings?: string[];
  reducedMotion?: boolean;
  onState?: (s: WidgetState) => void;
  /** draw a static, settled picture and nothing else (handout, ?print-pdf) */
  print?: boolean;
  /** animation frames (default: the window's); tests drive their own */
  scheduler?: Scheduler;
}

const SUMMARY_EVERY_MS = 2000;
/** A follower whose leader falls silent this long while playing takes over the clock (the leader window closed). */
const LEADER_SILENCE_MS = 1500;
let instances = 0;

export function createSimWidget(container: HTMLElement, block: SimBlock, opts: SimWidgetOptions = {}): SimWidget {
  if (opts.print) return staticSimWidget(container, block, opts.initial?.tick);
  const win = container.ownerDocument.defaultView!;
  const self = `${block.id}#${++instances}:${Math.random().toString(36).slice(2, 8)}`;
  const blockStrings = textOverrides(block);
  let state = initialState(block, opts.initial);
  const dom = buildWidgetDom(container, block);
  const session = () => {
    const key = JSON.stringify([state.preset, state.overrides, state.seed]);
    if (sessionKey !== key) {
      current = createSession(state.preset, { ...blockStrings, ...state.overrides }, state.seed);
      sessionKey = key;
      rebuildControls();
    }
    return current;
  };
  let current: SimSession;
  let sessionKey = '';
  let controls: Controls | undefined;
  let active = false;
  let leader = false;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  /** the frame last drawn, and the last one a leader sent */
  let drawn: Frame | undefined;
  let received: PackedFrame | undefined;
  let frameSentAt = Number.NEGATIVE_INFINITY;
  /** whether another instance of this simulation has ever spoken: only then is a frame worth packing */
  let peers = false;
  let drawnScience: Run | undefined;
  const gate = createPaintGate(
    win,
    dom.figure,
    () => draw(),
    () => showControls(),
  );
  let chartHeight: number | undefined;
  const unobserve = dom.chart
    ? observeChartSize(win, dom.chart, (h) => {
        chartHeight = h;
        drawnScience = undefined;
        if (active) gate.now();
      })
    : () => {};
  const summary = createSummaryTimer(
    dom.summary,
    () => {
      const s = session();
      return s.science
        ? `Cooperation in the last generations: ${Math.round((s.run().cooperation ?? 0) * 100)}%.`
        : summarizeTick(s.run(), state.tick);
    },
    SUMMARY_EVERY_MS,
  );
  const reducedMotion = opts.reducedMotion ?? win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const clock = createClock(opts.scheduler ?? browserScheduler(win), (n) => advance(n));

  function rebuildControls() {
    const s = current;
    const info = presetInfoOf(state.preset);
    const built = buildControls(
      win.document,
      {
        params: s.params,
        sliders: block.controls ?? info.controls,
        strategies: block.view === 'compare' || info.strategies.length > 1 ? info.strategies : [],
        strategy: shownStrategy(s.params, info.strategies),
        science: s.science,
      },
      actions,
    );
    if (controls) controls.element.replaceWith(built.element);
    else dom.root.insertBefore(built.element, dom.summary);
    controls = built;
  }

  const actions = {
    togglePlay: () => act(state.playing ? { playing: false } : playing()),
    step: () => act({ playing: false, tick: state.tick + 1 }),
    seek: (t: number) => act({ playing: false, tick: t }),
    reset: () => act({ playing: false, tick: 0 }),
    speed: (v: number) => act({ speed: v }),
    param: (name: string, v: number) => act({ overrides: { ...state.overrides, [name]: v } }),
    strategy: (name: Parameters<typeof strategyOverrides>[2]) =>
      act({ overrides: strategyOverrides(state.overrides, presetInfoOf(state.preset).strategies, name) }),
    movingDayNow: () => act({ overrides: { ...state.overrides, tShock: state.tick } }),
    stopGiving: (on: boolean) =>
      act({ overrides: { ...state.overrides, tStop: on ? state.tick : session().params.ticks + 1 } }),
    seed: (v: number) => act({ seed: v }),
  };

  /** Playing from the end starts over. */
  function playing(): Partial<WidgetState> {
    return { playing: true, tick: state.tick >= session().params.ticks ? 0 : state.tick };
  }

  /** A user action: this window now leads, and every other window follows it. */
  function act(patch: Partial<WidgetState>) {
    state = { ...state, ...patch, id: block.id };
    leader = true;
    received = undefined;
    state.tick = Math.max(0, Math.min(session().params.ticks, Math.round(state.tick)));
    publish();
    sync();
  }

  /** Tells the page and the other windows; while playing, the frame just drawn goes along so followers need no model. */
  function publish(withFrame = false) {
    opts.onState?.(getState());
    if (!opts.sync) return;
    // Followers paint at most every FOLLOW_MS while playing: a frame more often than twice that rate is never drawn.
    const due = Date.now() - frameSentAt >= FOLLOW_MS / 2;
    const frame = withFrame && peers && due && drawn?.tick === state.tick ? packFrame(drawn) : undefined;
    if (frame) frameSentAt = Date.now();
    opts.sync.publish({ kind: 'state', from: self, state: getState(), ...(frame && { frame }) });
  }

  /** The clock's ticks. The model catches up once, in draw (stateAt steps forward without building frames). */
  function advance(n: number) {
    const end = session().params.ticks;
    state.tick = Math.min(end, state.tick + n);
    if (state.tick >= end) state.playing = false;
    sync();
    publish(true);
  }

  /** Bring clock, timers and drawing in line with the state. Does nothing while inactive. */
  function sync() {
    const runClock = active && state.playing && leader;
    if (runClock) clock.start(state.speed);
    else clock.stop();
    clearTimeout(silenceTimer);
    silenceTimer = undefined;
    if (active && state.playing && !leader) silenceTimer = setTimeout(takeOver, LEADER_SILENCE_MS);
    if (!active) gate.cancel();
    // A follower of a playing leader redraws at a preview's rate; anything else shows at once.
    else if (state.playing && !leader) gate.soon();
    else gate.now();
  }

  function takeOver() {
    leader = true;
    sync();
  }

  /** The controls and notes: cheap text, kept current even while the picture is off screen. */
  function showControls() {
    if (!active) return;
    const s = session();
    const note = [...(opts.warnings ?? []), ...s.warnings].join(' ');
    dom.note.hidden = note.length === 0;
    if (dom.note.textContent !== note) dom.note.textContent = note;
    controls?.show({
      ...state,
      params: s.params,
      stopped: (state.overrides.tStop ?? s.params.ticks + 1) <= s.params.ticks && 'tStop' in state.overrides,
      strategy: shownStrategy(s.params, presetInfoOf(state.preset).strategies),
    });
  }

  function draw() {
    if (!active) return;
    const s = session();
    showControls();
    const t = state.tick;
    const sent = !leader && received && (received.tick === t || state.playing) ? unpackFrame(received) : undefined;
    const result = drawFigure(dom, s, t, {
      sent,
      still: reducedMotion || !leader,
      live: state.playing,
      chartHeight,
      science: drawnScience,
    });
    if (result.frame) drawn = result.frame;
    if (result.science) drawnScience = result.science;
    summary.schedule(state.playing);
  }

  function receive(m: SyncMessage) {
    peers = true;
    if (m.kind === 'hello') {
      // The leader answers with its state; anyone else says "here too" (once: replies get no reply).
      if (leader) opts.sync?.publish({ kind: 'state', from: self, state: getState() });
      else if (!m.reply) opts.sync?.publish({ kind: 'hello', from: self, id: block.id, reply: true });
      return;
    }
    leader = false;
    state = { ...m.state, overrides: { ...m.state.overrides } };
    // Unpacked only if drawn: a follower skips most frames. While playing, the latest frame stands in for the ticks
    // sent without one (a preview lags by at most FOLLOW_MS / 2); at rest the follower draws the exact tick.
    if (m.frame) received = m.frame;
    else if (!m.state.playing) received = undefined;
    opts.onState?.(getState());
    sync();
  }

  const unsubscribe = opts.sync?.subscribe(block.id, self, receive);
  const unbindKeys = bindWidgetKeys(dom.root, () => actions.togglePlay());
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden' && state.playing && leader) act({ playing: false });
  };
  win.document.addEventListener('visibilitychange', onVisibility);
  dom.details.addEventListener('toggle', () => {
    if (dom.details.open && active && !session().science) renderTable(dom.table, session().run(), state.tick);
  });
  session();

  function getState(): WidgetState {
    return { ...state, overrides: { ...state.overrides } };
  }

  return {
    activate() {
      if (active) return;
      active = true;
      opts.sync?.publish({ kind: 'hello', from: self, id: block.id });
      sync();
    },
    deactivate() {
      active = false;
      sync();
      summary.cancel();
    },
    play: () => act(playing()),
    pause: () => act({ playing: false }),
    seek: (t) => actions.seek(t),
    getState,
    setState(s) {
      act({ ...s, overrides: { ...(s.overrides ?? state.overrides) } });
    },
    destroy() {
      active = false;
      clock.stop();
      gate.destroy();
      unobserve();
      summary.cancel();
      clearTimeout(silenceTimer);
      unsubscribe?.();
      unbindKeys();
      win.document.removeEventListener('visibilitychange', onVisibility);
      dom.root.remove();
    },
  };
}
