import type { Deck } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import type { WidgetState } from '../../widgets/index.ts';
import { kitQueryOf } from '../shared/kitQuery.ts';
import { createSimMounts } from '../shared/simMounts.ts';
import type { ReadBet } from './readBets.ts';

type Widgets = typeof import('../../widgets/index.ts');

/**
 * Runs a simulation only while it is on screen: mounted on first sight, paused when scrolled away.
 * For a simulation with a placed bet, once its run reaches the last tick, the bet's outcome is shown with the
 * numbers of that run (the widget's own session: its parameters, so a moved slider counts) and what the model
 * says by the bet's rule on that run.
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
    lib ??= import('../../widgets/index.ts');
    const session = (await lib).sessionFor(bet.block, state);
    if (state.tick < session.length || told.get(el) === key) return;
    told.set(el, key);
    const [{ describeBetOutcome }, { betVerdict }, { modelSays }] = await Promise.all([
      import('./readOutcome.ts'),
      import('../../content/betVerdict.ts'),
      import('../../content/betRules.ts'),
    ]);
    // the bet's rule, as the room's phones get it, applied to the run the reader watched (their sliders and seed)
    const verdict = betVerdict(bet.block, { params: session.params, seed: state.seed });
    const locale = documentLocale(win.document);
    const m = messagesFor(locale);
    const says = verdict ? modelSays(verdict.rule, bet.block.bet?.choices ?? [], verdict.choice, m) : undefined;
    bet.showOutcome(describeBetOutcome(choice, session.run(), locale, says));
  }

  const reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const mounts = createSimMounts(deck, {
    reducedMotion,
    // a figure a screen away is mounted and drawn in idle time, a piece at a time: scrolling onto it only starts it
    // (mounting on sight was the reading view's longest task, ~170 ms on a CPU 4× slower; issue 19)
    premount: true,
    sims: kitQueryOf(win).sims,
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
  // a screen before a figure scrolls in, its layout and run are made in idle time: it then draws at once
  const ahead = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) mounts.preload(entry.target);
    },
    { rootMargin: '100% 0px' },
  );
  for (const el of elements) ahead.observe(el);

  return {
    destroy() {
      observer.disconnect();
      ahead.disconnect();
      mounts.destroy();
    },
  };
}
