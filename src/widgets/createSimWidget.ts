import { documentLocale, messagesFor } from '../i18n/index.ts';
import { renderTable } from '../render/renderTable.ts';
import { clampTick } from '../sim/index.ts';
import type { Frame } from '../sim/types.ts';
import { bindWidgetKeys } from './bindWidgetKeys.ts';
import { buildControls, type Controls } from './buildControls.ts';
import { budgetNote, checkWidgetState } from './checkWidgetState.ts';
import { browserScheduler, createClock, type Scheduler } from './createClock.ts';
import { createPaintGate } from './createPaintGate.ts';
import { createSimLink } from './createSimLink.ts';
import { drawFigure } from './drawFigure.ts';
import { bindIdleControls } from './idleControls.ts';
import { initialState } from './initialState.ts';
import { observeChartSize } from './observeChartSize.ts';
import { type BoxSize, measureBox, observeNetworkBox } from './observeNetworkBox.ts';
import { presetInfoOf } from './presetInfoOf.ts';
import { staticSimWidget } from './renderSimSnapshot.ts';
import { type SimSession, sessionFor } from './simSession.ts';
import type { SimSpec } from './simSpec.ts';
import { shownStrategy, strategyOverrides } from './strategyChoice.ts';
import { createSummaryTimer, summarizeGeneration, summarizeTick } from './summary.ts';
import type { SimSync, SimWidget, WidgetState } from './types.ts';
import { buildWidgetDom, type WidgetDom } from './widgetDom.ts';
import { workerRun } from './workerRun.ts';

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
  /** this deck is shown inside another page, as the speaker view's panes are (default: detected) */
  pane?: boolean;
  /** the deck's keys (PageDown, S, …) pressed where the deck cannot see them: in a slider or a text field */
  deckKey?: (e: KeyboardEvent) => void;
}

const SUMMARY_EVERY_MS = 2000;
/** "Computing this run…" appears only for a run still not there after this long */
const SHOW_COMPUTING_MS = 250;

/** Whether the page is inside another (reveal's speaker view shows the deck in iframes of its own page). */
function inPane(win: Window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true; // a parent from another origin: certainly embedded
  }
}
let instances = 0;

export function createSimWidget(container: HTMLElement, block: SimSpec, opts: SimWidgetOptions = {}): SimWidget {
  if (opts.print) return staticSimWidget(container, block, opts.initial?.tick);
  const win = container.ownerDocument.defaultView!;
  const self = `${block.id}#${++instances}:${Math.random().toString(36).slice(2, 8)}`;
  // whatever the address or a saved state asked for: in range, within the run and the page's budget, or a note
  const checked = checkWidgetState(block, opts.initial ?? {}, 'the address');
  const warnings = [...(opts.warnings ?? []), ...checked.warnings];
  let refused: string[] = [];
  /** the note after Stop, until the next action */
  let stopped: string[] = [];
  /** the big run being made off the main thread, and how to end it */
  let computing: { key: string; stop: AbortController; shown: number } | undefined;
  // a page without workers (jsdom in unit tests) makes every run here, as before
  const worker = typeof win.Worker === 'function' ? workerRun : undefined;
  // a big run not made yet, or a seek further ahead than a drawing may step its model (prepare() steps it in slices)
  const waiting = () => worker !== undefined && !session().ready(state.tick, dom.network !== undefined);
  let state = initialState(block, checked.state);
  const dom = buildWidgetDom(container, block);
  const session = () => {
    const key = JSON.stringify([state.preset, state.overrides, state.seed]);
    if (sessionKey !== key) {
      current = sessionFor(block, state);
      sessionKey = key;
      rebuildControls();
    }
    return current;
  };
  let current: SimSession;
  let sessionKey = '';
  let controls: Controls | undefined;
  let active = false;
  /** the frame last drawn, and the session it belongs to */
  let drawn: { frame: Frame; key: string } | undefined;
  const link = createSimLink(
    opts.sync,
    block.id,
    self,
    {
      state: getState,
      shownFrame: () => (drawn?.frame.tick === state.tick && drawn.key === session().key ? drawn.frame : undefined),
      // another window is another program: a state that does not pass the address's check is dropped whole
      accepts: (s) => !checkWidgetState(block, s, 'another window').changed,
      follow(s) {
        state = s;
        opts.onState?.(getState());
        sync();
      },
      takeOver: () => sync(),
      active: () => active,
    },
    opts.pane ?? inPane(win),
  );
  const gate = createPaintGate(
    win,
    dom.figure,
    dom.root,
    () => draw(),
    () => showControls(),
  );
  let chartHeight: number | undefined;
  let chartWidth: number | undefined;
  const unobserve = dom.chart
    ? observeChartSize(win, dom.chart, (h, w) => {
        chartHeight = h;
        chartWidth = w;
        if (active) gate.now();
      })
    : () => {};
  let networkBox: BoxSize | undefined;
  let networkMeasured = false;
  const unobserveNetwork = dom.network
    ? observeNetworkBox(win, dom.network, (size) => {
        networkBox = size;
        networkMeasured = true;
        if (active) gate.now();
      })
    : () => {};
  const m = messagesFor(documentLocale(dom.summary.ownerDocument));
  const summary = createSummaryTimer(
    dom.summary,
    () => {
      const s = session();
      return s.science ? summarizeGeneration(s.run(), state.tick, m) : summarizeTick(s.run(), state.tick, m);
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

  // Patches are made after act() has caught up with a playing leader, so "moving day now" means now.
  const actions = {
    togglePlay: () => act(() => (state.playing ? { playing: false } : playing())),
    step: () => act(() => ({ playing: false, tick: state.tick + 1 })),
    seek: (t: number) => act(() => ({ playing: false, tick: t })),
    reset: () => act(() => ({ playing: false, tick: 0 })),
    speed: (v: number) => act(() => ({ speed: v })),
    param: (name: string, v: number) => act(() => ({ overrides: { ...state.overrides, [name]: v } })),
    strategy: (name: Parameters<typeof strategyOverrides>[2]) =>
      act(() => ({ overrides: strategyOverrides(state.overrides, presetInfoOf(state.preset).strategies, name) })),
    movingDayNow: () => act(() => ({ overrides: { ...state.overrides, tShock: state.tick } })),
    stopGiving: (on: boolean) =>
      act(() => ({ overrides: { ...state.overrides, tStop: on ? state.tick : session().length + 1 } })),
    seed: (v: number) => act(() => ({ seed: v })),
  };

  /** Playing from the end starts over. */
  function playing(): Partial<WidgetState> {
    return { playing: true, tick: state.tick >= session().length ? 0 : state.tick };
  }

  /** A user action: this window now leads, and every other window follows it. Drawn first, so its frame goes along. */
  function act(patch: () => Partial<WidgetState>) {
    stopped = [];
    const caughtUp = link.lead();
    if (caughtUp !== undefined) state.tick = caughtUp;
    const next = { ...state, ...patch(), id: block.id };
    // a control or setState asking for a run the page cannot hold: refused with a note, the run on screen stays
    if (next.overrides !== state.overrides) {
      const checked = checkWidgetState(block, { overrides: next.overrides }, 'the controls');
      refused = checked.overBudget ? [budgetNote(m, checked.overBudget)] : checked.warnings;
      if (checked.changed) next.overrides = state.overrides;
    }
    state = next;
    state.tick = clampTick(state.tick, session().length);
    sync();
    opts.onState?.(getState());
    link.post();
  }

  /** The clock's ticks. The model catches up once, in draw (stateAt steps forward without building frames). */
  function advance(n: number) {
    // a big run still being made off the main thread: the clock waits for it instead of running ahead of the picture
    if (waiting()) return;
    const end = session().length;
    state.tick = clampTick(state.tick + n, end);
    if (state.tick >= end) state.playing = false;
    sync();
    opts.onState?.(getState());
    link.postTick();
  }

  /** Bring clock, timers and drawing in line with the state. Does nothing while inactive. */
  function sync() {
    const leader = link.leading;
    if (active && state.playing && leader) clock.start(state.speed);
    else clock.stop();
    link.watch(active && state.playing && !leader);
    if (!active) gate.cancel();
    // A follower of a playing leader redraws at a preview's rate; anything else shows at once.
    else if (state.playing && !leader) gate.soon();
    else gate.now();
  }

  /** The controls and notes: cheap text, kept current even while the picture is off screen. */
  function showControls() {
    if (!active) return;
    const s = session();
    const note = [...warnings, ...refused, ...stopped, ...s.warnings].join(' ');
    dom.note.hidden = note.length === 0;
    if (dom.note.textContent !== note) dom.note.textContent = note;
    // a transform only: no layout, cheap every tick
    const done = `scaleX(${s.length > 0 ? state.tick / s.length : 0})`;
    if (dom.progress.style.transform !== done) dom.progress.style.transform = done;
    controls?.show({
      ...state,
      params: s.params,
      length: s.length,
      stopped: (state.overrides.tStop ?? s.params.ticks + 1) <= s.params.ticks && 'tStop' in state.overrides,
      strategy: shownStrategy(s.params, presetInfoOf(state.preset).strategies),
    });
  }

  /** the box the observer reported, or (first frame, before it reports) the box measured now */
  function networkBoxNow() {
    if (dom.network && !networkMeasured) {
      // once: later changes come from the observer (a box not laid out yet reports when it is)
      networkBox = measureBox(dom.network);
      networkMeasured = true;
    }
    return networkBox;
  }

  /**
   * Draws the given boxes of the figure at the state's tick, at the network box's shape, and keeps the frame drawn
   * (what another window may be sent). The one call of drawFigure: arrival, a big run's first picture, priming.
   */
  function paint(s: SimSession, boxes: WidgetDom, o: { still: boolean; live: boolean; sent?: Frame }) {
    const result = drawFigure(boxes, s, state.tick, {
      ...o,
      chartHeight,
      chartWidth,
      networkBox: networkBoxNow(),
      metric: block.chart === 'trust' ? 'trustIn' : 'helpReceived',
    });
    if (result.frame) drawn = { frame: result.frame, key: s.key };
  }

  function draw() {
    if (!active) return;
    const s = session();
    showControls();
    if (waiting()) return compute(s);
    paint(s, dom, { sent: link.frameAt(state.tick), still: reducedMotion || !link.leading, live: state.playing });
    summary.schedule(state.playing);
  }

  /**
   * A big run (over OFF_THREAD_MS by the cost model, which the deck's own blocks are too: ~240 ms estimated, 30-800
   * ms measured on a busy machine) is made in a Web Worker: the page stays usable; if it is not there within
   * SHOW_COMPUTING_MS, "Computing this run…" and Stop are on screen; the picture is drawn when the run is there.
   */
  function compute(s: SimSession) {
    if (computing?.key === s.key || !worker) return;
    if (computing) {
      computing.stop.abort();
      win.clearTimeout(computing.shown);
    }
    const stop = new AbortController();
    // shown only if the run takes a while: the deck's own runs are there before anyone could read it
    const shown = win.setTimeout(() => {
      dom.computing.hidden = false;
    }, SHOW_COMPUTING_MS);
    computing = { key: s.key, stop, shown };
    dom.root.setAttribute('aria-busy', 'true');
    const done = () => {
      if (computing?.stop !== stop) return false;
      computing = undefined;
      win.clearTimeout(shown);
      dom.computing.hidden = true;
      dom.root.removeAttribute('aria-busy');
      return true;
    };
    // the model on this page is stepped to the tick shown, in slices, before the first drawing needs it
    s.prepare(worker, stop.signal, state.tick, dom.network !== undefined).then(
      () => {
        if (!done()) return;
        // A big community's first picture in two tasks: its network first (the follows' layer is then kept for this
        // tick), the chart with the rest after a pause. At once they were one task of 50-120 ms at 478 people.
        if (!active || !dom.network || s.science || s !== session() || link.frameAt(state.tick)) return sync();
        paint(s, { ...dom, chart: undefined }, { still: reducedMotion || !link.leading, live: false });
        win.setTimeout(sync, 0);
      },
      (e: Error) => {
        if (!done() || e.name === 'RunStopped') return;
        stopped = [m.simRunFailed({ message: e.message })];
        showControls();
      },
    );
  }

  /** Stop: the worker ends at once and the slide's own run comes back, with a note saying so. */
  function stopRun() {
    const c = computing;
    if (!c) return;
    computing = undefined;
    c.stop.abort();
    win.clearTimeout(c.shown);
    dom.computing.hidden = true;
    dom.root.removeAttribute('aria-busy');
    act(() => ({ playing: false, tick: 0, seed: block.seed, overrides: initialState(block).overrides }));
    stopped = [m.simStopped()];
    showControls();
  }
  dom.stop.addEventListener('click', stopRun);

  const unbindIdle = bindIdleControls(dom.root, () => controls?.element);
  const unbindKeys = bindWidgetKeys(dom.root, () => actions.togglePlay(), opts.deckKey);
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden' && state.playing && link.leading) act(() => ({ playing: false }));
  };
  win.document.addEventListener('visibilitychange', onVisibility);
  dom.details.addEventListener('toggle', () => {
    if (dom.details.open && active && !session().science && !waiting())
      renderTable(dom.table, session().run(), state.tick);
  });
  session();

  function getState(): WidgetState {
    return { ...state, overrides: { ...state.overrides } };
  }

  return {
    activate() {
      if (active) return;
      active = true;
      dom.figure.style.visibility = '';
      link.hello();
      sync();
    },
    deactivate() {
      // Leaving a slide pauses its simulation: coming back finds it where it was, not further on.
      if (state.playing && active) {
        if (link.leading) act(() => ({ playing: false }));
        else state.playing = false;
      }
      active = false;
      sync();
      summary.cancel();
    },
    play: () => act(playing),
    pause: () => act(() => ({ playing: false })),
    seek: (t) => actions.seek(t),
    getState,
    setState(s) {
      act(() => ({ ...s, overrides: { ...(s.overrides ?? state.overrides) } }));
    },
    async prime(pause) {
      const idle = () => !active && !waiting();
      if (!idle() || drawn) return;
      // Not painted until shown: the next slide is inside the area the browser records with the current one, so a
      // figure drawn ahead there was recorded again with every frame of a simulation playing beside it (speaker-view
      // CPU 1.25-1.30× of the page alone without it, 1.46-1.62× with; issue 19). Hidden, it costs no paint.
      dom.figure.style.visibility = 'hidden';
      const s = session();
      // a task of its own: the mount before this (controls) and the model's first state (cold code) were one 250 ms
      // task on a CPU 4× slower (issue 19)
      await pause();
      if (!idle() || s !== session()) return;
      s.frameAt(state.tick);
      await pause();
      if (!idle() || s !== session()) return;
      if (dom.network && !s.science) s.layout();
      // the network, then the chart, each in a task of its own: drawFigure draws whichever boxes it is given
      for (const box of [dom.network, dom.chart]) {
        await pause();
        if (!box || !idle() || s !== session()) continue;
        const only = {
          ...dom,
          network: box === dom.network ? box : undefined,
          chart: box === dom.chart ? box : undefined,
        };
        // at the box's shape (paint), as arrival will draw it: a primed picture at the layout's own shape stayed on
        // screen after arrival until the box's observer reported (seen under load by smooth.test.ts)
        paint(s, only, { still: true, live: false });
      }
    },
    destroy() {
      active = false;
      computing?.stop.abort();
      if (computing) win.clearTimeout(computing.shown);
      clock.stop();
      gate.destroy();
      unobserve();
      unobserveNetwork();
      summary.cancel();
      link.close();
      unbindKeys();
      unbindIdle();
      win.document.removeEventListener('visibilitychange', onVisibility);
      dom.root.remove();
    },
  };
}
