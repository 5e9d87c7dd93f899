import type { ReadBet } from './readBets.ts';
import type { SimMounts } from './simMounts.ts';

type SimLib = typeof import('../sim/index.ts');

/** How often an active simulation with a bet is checked for reaching the end of its run. */
const END_CHECK_MS = 400;

/**
 * Runs a simulation only while it is on screen: mounted on first sight, paused when scrolled away.
 * For a simulation with a placed bet, once its run reaches the last tick, the bet's outcome is shown with the
 * numbers of that run (the model run again on the widget's own parameters, so slider changes count).
 */
export function watchReadSims(
  win: Window,
  mounts: SimMounts,
  elements: readonly HTMLElement[],
  bets: ReadonlyMap<HTMLElement, ReadBet>,
): { destroy(): void } {
  const visible = new Set<HTMLElement>();
  /** per element, the run (preset, overrides, seed) whose outcome is on screen */
  const told = new Map<HTMLElement, string>();
  const pending = new Set<HTMLElement>();
  let lib: Promise<SimLib> | undefined;

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        if (entry.isIntersecting) {
          visible.add(el);
          void mounts.activate(el);
        } else {
          visible.delete(el);
          mounts.deactivate(el);
        }
      }
    },
    { threshold: 0 },
  );
  for (const el of elements) observer.observe(el);

  async function checkEnd(el: HTMLElement, bet: ReadBet): Promise<void> {
    const choice = bet.choice();
    const widget = mounts.widget(el);
    if (!widget || choice === undefined) return;
    const state = widget.getState();
    const key = JSON.stringify([state.preset, state.overrides, state.seed]);
    if (told.get(el) === key) return;
    lib ??= import('../sim/index.ts');
    const { presets, resolveParams, simulate } = await lib;
    const base = (presets as Record<string, object>)[state.preset] ?? {};
    let params: ReturnType<typeof resolveParams>;
    try {
      params = resolveParams({ ...base, ...state.overrides });
    } catch {
      params = resolveParams({ ...base });
    }
    if (state.tick < params.ticks) return;
    told.set(el, key);
    const { describeBetOutcome } = await import('./readOutcome.ts');
    bet.showOutcome(describeBetOutcome(choice, simulate(params, state.seed)));
  }

  const timer = win.setInterval(() => {
    for (const el of visible) {
      const bet = bets.get(el);
      if (!bet || pending.has(el)) continue;
      pending.add(el);
      void checkEnd(el, bet).finally(() => pending.delete(el));
    }
  }, END_CHECK_MS);

  return {
    destroy() {
      observer.disconnect();
      win.clearInterval(timer);
    },
  };
}
