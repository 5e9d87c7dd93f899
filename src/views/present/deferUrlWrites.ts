import type { RevealApi } from 'reveal.js';

/** reveal's location controller (on the API object, not in its types): the one method its URL writes go through. */
interface RevealLocation {
  replaceState?: (url: string) => void;
}

/**
 * With `hash: true`, reveal writes the slide's address (history.replaceState) inside the slide change's own task,
 * after its layout and before the simulation mounts. Each write is a same-document navigation: profiled (issue 19)
 * at up to ~45 ms of an arrival's one long task with the CPU 4× slower. Moved to a task of its own, right after
 * (the last address wins): the address is the same, a moment later.
 */
export function deferUrlWrites(reveal: RevealApi, win: Window): void {
  const location = (reveal as unknown as { location?: RevealLocation }).location;
  const write = location?.replaceState?.bind(location);
  if (!location || !write) return;
  let timer = 0;
  location.replaceState = (url) => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => write(url), 0);
  };
}
