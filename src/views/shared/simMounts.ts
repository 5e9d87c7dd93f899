import type { Deck } from '../../content/types.ts';
import { documentLocale, warmFormatters } from '../../i18n/index.ts';
import type { SimSync, SimWidget, WidgetState } from '../../widgets/index.ts';
import type { KitQuery } from './kitQuery.ts';
import { blocksById, drawPrintedFigures, figuresFor } from './printedFigures.ts';

type Widgets = typeof import('../../widgets/index.ts');

export interface SimMountOptions {
  /** a shared channel so every window showing the deck draws the same simulation state */
  sync?: boolean;
  reducedMotion?: boolean;
  /** each simulation's keys from the address (parseKitQuery) */
  sims?: KitQuery['sims'];
  /** called with every state change of the simulation mounted on `el` (tick, play, parameters) */
  onState?: (el: HTMLElement, state: WidgetState) => void;
  /** the deck's keys pressed in a simulation's slider or text field (see widgets/bindWidgetKeys) */
  deckKey?: (e: KeyboardEvent) => void;
  /** preload also mounts the widget and draws its first picture, inactive (the present view's next slide) */
  premount?: boolean;
}

/**
 * Creates live simulations lazily, only for slides that are shown, and keeps at most the visible ones running.
 * d3 and the model load on first use, so the first slide costs nothing for them.
 */
export function createSimMounts(deck: Deck, options: SimMountOptions = {}) {
  const blocks = blocksById(deck);
  const widgets = new Map<HTMLElement, SimWidget>();
  let lib: Promise<Widgets> | undefined;
  let sync: SimSync | undefined;
  const load = (): Promise<Widgets> => {
    lib ??= import('../../widgets/index.ts');
    return lib;
  };

  const mounting = new Map<HTMLElement, Promise<SimWidget | undefined>>();
  /** the simulations of the last show(): only these may be activated */
  let shown: HTMLElement[] = [];
  let destroyed = false;
  // Two quick requests for one element (scrolling back and forth) must not build two widgets in it.
  function mount(el: HTMLElement): Promise<SimWidget | undefined> {
    const existing = widgets.get(el);
    if (existing) return Promise.resolve(existing);
    let pending = mounting.get(el);
    if (!pending) {
      pending = build(el).finally(() => mounting.delete(el));
      mounting.set(el, pending);
    }
    return pending;
  }

  async function build(el: HTMLElement): Promise<SimWidget | undefined> {
    const block = blocks.get(el.dataset.sim ?? '');
    if (!block) return undefined;
    const w = await load();
    if (destroyed) return undefined;
    if (options.sync && !sync) sync = w.createSimSync();
    const fromUrl = w.simStateFromQuery(options.sims?.get(block.id));
    const widget = w.createSimWidget(el, block, {
      sync,
      initial: fromUrl.state,
      warnings: fromUrl.warnings,
      reducedMotion: options.reducedMotion,
      deckKey: options.deckKey,
      onState: options.onState && ((state) => options.onState?.(el, state)),
    });
    widgets.set(el, widget);
    return widget;
  }

  const prepared = new Set<string>();
  const win = typeof window === 'undefined' ? undefined : window;
  // requestIdleCallback where there is one (not Safari), else a macrotask: either lets input and frames in between
  const pause = (): Promise<void> =>
    new Promise((resolve) => {
      if (win?.requestIdleCallback) win.requestIdleCallback(() => resolve(), { timeout: 300 });
      else setTimeout(resolve, 0);
    });
  // The page's first number formatter loads its locale's data: 25-180 ms of one task on a CPU 4× slower (measured,
  // issue 19), wherever it lands. It lands here, in the first idle moment after the view starts, instead of inside
  // the first simulation's mount while a reader scrolls or the deck moves on.
  win?.requestIdleCallback?.(() => warmFormatters(documentLocale(win.document)), { timeout: 2000 });
  async function prepare(w: Widgets, els: HTMLElement[]): Promise<void> {
    for (const el of els) {
      const block = blocks.get(el.dataset.sim ?? '');
      if (!block || prepared.has(block.id) || widgets.has(el) || destroyed) continue;
      prepared.add(block.id);
      const fromUrl = w.simStateFromQuery(options.sims?.get(block.id)).state;
      await w.prepareSimulation(block, fromUrl, pause);
      // what tests wait for before arriving (the picture must be the same prepared or not)
      el.dataset.prepared = '';
      // only the slide's own run: a state from the address (a big run, a seed) is left to the widget on arrival, which
      // shows "computing…" and Stop for it as before
      if (!options.premount || Object.keys(fromUrl).length > 0) continue;
      // Then the widget itself, inactive, and its first picture, a piece per idle moment: arriving on the slide
      // only activates it (profiled, issue 19: mounting and the first drawing were ~a third of the arrival's task).
      await pause();
      if (destroyed || widgets.has(el)) continue;
      const widget = await mount(el);
      await widget?.prime(pause);
    }
  }

  return {
    /**
     * Runs the simulations inside `scope`, pauses every other one. Resolves true when it had to mount one (the slide
     * changed height after reveal laid it out), false when they were all mounted ahead (preload with premount).
     */
    async show(scope: Element | null): Promise<boolean> {
      const inside = scope ? [...scope.querySelectorAll<HTMLElement>('.sim[data-sim]')] : [];
      shown = inside;
      for (const [el, widget] of widgets) if (!inside.includes(el)) widget.deactivate();
      let mounted = false;
      for (const el of inside) {
        mounted ||= !widgets.has(el);
        const widget = await mount(el);
        // the deck may have moved on while this one loaded: a later show() decides what runs
        if (shown.includes(el)) widget?.activate();
      }
      return mounted;
    },
    /** Runs one simulation (mounting it on first use) and leaves the others as they are: the reading view's way. */
    async activate(el: HTMLElement): Promise<SimWidget | undefined> {
      const widget = await mount(el);
      widget?.activate();
      return widget;
    },
    /** The simulation mounted on `el`, if any (no mounting, no side effects). */
    widget(el: HTMLElement): SimWidget | undefined {
      return widgets.get(el);
    },
    /** Pauses one simulation, if it was ever mounted. */
    deactivate(el: HTMLElement): void {
      widgets.get(el)?.deactivate();
    },
    /**
     * Gets the simulations in `scope` ready ahead of need (the next slide, a figure about to scroll in): loads their
     * code, then in idle time lays out their networks in slices and runs their models, so arriving draws at once.
     */
    preload(scope: Element | null): void {
      const els = !scope
        ? []
        : scope.matches('.sim[data-sim]')
          ? [scope as HTMLElement]
          : [...scope.querySelectorAll<HTMLElement>('.sim[data-sim]')];
      if (els.length) void load().then((w) => prepare(w, els));
    },
    /**
     * Draws every simulation in `scope` as a settled, static picture (reveal's ?print-pdf): the figures the build
     * drew for the handout, loaded only now, else drawn here by the model (measured: ~270 ms a figure drawn here).
     */
    async drawStatic(scope: Element): Promise<void> {
      const { default: figures } = await import('./builtFigures.ts');
      await drawPrintedFigures(scope, blocks, figuresFor(figures, scope.ownerDocument));
    },
    destroy(): void {
      destroyed = true;
      for (const widget of widgets.values()) widget.destroy();
      widgets.clear();
      sync?.close();
      sync = undefined;
    },
  };
}

export type SimMounts = ReturnType<typeof createSimMounts>;
