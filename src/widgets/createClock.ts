/** Where frames come from: the browser's animation frames, or a test's hand-driven ones. */
export interface Scheduler {
  request(cb: (now: number) => void): number;
  cancel(handle: number): void;
}

export function browserScheduler(win: Window): Scheduler {
  return { request: (cb) => win.requestAnimationFrame(cb), cancel: (h) => win.cancelAnimationFrame(h) };
}

/**
 * Turns animation frames into whole ticks at `speed` ticks per second. Runs only between start() and stop():
 * a stopped clock has no pending frame, so a paused or hidden widget costs nothing.
 */
export function createClock(scheduler: Scheduler, onTicks: (n: number) => void) {
  let handle: number | undefined;
  let last: number | undefined;
  let carry = 0;
  let speed = 10;
  const frame = (now: number) => {
    handle = scheduler.request(frame);
    if (last !== undefined) {
      carry += (Math.min(250, now - last) * speed) / 1000;
      // Catch up at most a few ticks after a slow frame: the picture skips rather than the tab stalling.
      const n = Math.min(4, Math.floor(carry));
      carry -= Math.floor(carry);
      if (n > 0) onTicks(n);
    }
    last = now;
  };
  return {
    get running() {
      return handle !== undefined;
    },
    start(ticksPerSecond: number) {
      speed = ticksPerSecond;
      if (handle !== undefined) return;
      last = undefined;
      carry = 0;
      handle = scheduler.request(frame);
    },
    stop() {
      if (handle !== undefined) scheduler.cancel(handle);
      handle = undefined;
    },
  };
}
