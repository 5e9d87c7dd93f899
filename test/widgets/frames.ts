import type { SimBlock } from '../../src/content/types.ts';
import type { Scheduler } from '../../src/widgets/createClock.ts';

/** Animation frames a test hands out itself, so a widget's clock is observable and deterministic. */
export function manualFrames() {
  const pending = new Map<number, (now: number) => void>();
  let next = 0;
  let now = 0;
  const scheduler: Scheduler = {
    request(cb) {
      pending.set(++next, cb);
      return next;
    },
    cancel(h) {
      pending.delete(h);
    },
  };
  return {
    scheduler,
    pending: () => pending.size,
    /** run one frame `ms` after the previous */
    frame(ms = 100) {
      now += ms;
      const due = [...pending.values()];
      pending.clear();
      for (const cb of due) cb(now);
    },
  };
}

export function block(over: Partial<SimBlock> = {}): SimBlock {
  return { id: 't-1', preset: 'give-first', overrides: {}, view: 'both', seed: 3, file: 'x.md', line: 1, ...over };
}
