import type { Deck } from '../content/types.ts';
import type { WidgetState } from '../widgets/index.ts';
import type { ReadBet } from './readBets.ts';
import { createSimMounts } from './simMounts.ts';

type Widgets = typeof import('../widgets/index.ts');

/**
 * Runs a simulation only while it is on screen: mounted on first sight, paused when scrolled away.
 * For a simulation with a placed bet, once its run reaches the last tick, the bet's outcome is shown with the
 * numbers of that run (the widget's own session: its parameters, so a moved slider counts).
 */
export function watchReadSims(
  win: Window,
  deck: Deck,
  elements: readonly HTMLElement[],
  bets: ReadonlyMap<HTMLElement, ReadBet>,
): { destroy(): void } {
  const visible = new Set<HTMLElement>();
  /** per element, the run (preset, overrides, seed) whose outcome is on screen */
  const told = new Map<HTMLElement, string>();
  let lib: Promise<Widgets> | undefined;

  async function tell(el: HTMLElement, bet: ReadBet, state: WidgetState): Promise<void> {
    const choice = bet.choice();
    const key = JSON.stringify([state.preset, state.overrides, state.seed]);
    if (choice === undefined || told.get(el) === key) return;
    // the widget's own session: the same parameters (and cached run) as the picture, never the model by hand
    lib ??= import('../widgets/index.ts');
    const session = (await lib).sessionFor(bet.block, state);
    if (state.tick < session.length || told.get(el) === key) return;
    told.set(el, key);
    const { describeBetOutcome } = await import('./readOutcome.ts');
    bet.showOutcome(describeBetOutcome(choice, session.run()));
  }

  const reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const mounts = createSimMounts(deck, {
    reducedMotion,
    search: win.location.search,
    onState(el, state) {
      const bet = bets.get(el);
      // Only a finished, stopped run has an outcome; the check is cheap next to drawing a frame.
      if (bet && !state.playing && state.tick > 0) void tell(el, bet, state);
    },
  });

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (entry.isIntersecting) {
        visible.add(el);
        // Loading the widget takes a moment: the reader may have scrolled past by then.
        void mounts.activate(el).then(() => {
          if (!visible.has(el)) mounts.deactivate(el);
        });
      } else {
        visible.delete(el);
        mounts.deactivate(el);
      }
    }
  });
  for (const el of elements) observer.observe(el);

  return {
    destroy() {
      observer.disconnect();
      mounts.destroy();
    },
  };
}
