/** How long the controls stay after the last movement, as a video player's do. */
const IDLE_MS = 2000;

/**
 * Marks the widget "awake" (class `sim-awake`) while the presenter uses it: the mouse moves over it, a finger taps
 * it, a key is pressed or focus moves inside it. After IDLE_MS without any of these it falls asleep, unless the
 * pointer rests on the controls. sim.css hides the controls of a sleeping widget on a slide only (the audience
 * sees the picture); in the reading view they always show. Work happens per user event, never per tick.
 */
export function bindIdleControls(root: HTMLElement, controls: () => HTMLElement | undefined): () => void {
  const win = root.ownerDocument.defaultView!;
  let timer: number | undefined;
  let overControls = false;
  const sleep = () => {
    timer = undefined;
    if (!overControls) root.classList.remove('sim-awake');
  };
  const arm = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(sleep, IDLE_MS);
  };
  const wake = () => {
    if (!root.classList.contains('sim-awake')) root.classList.add('sim-awake');
    arm();
  };
  const onOver = (e: Event) => {
    overControls = !!controls()?.contains(e.target as Node);
    wake();
  };
  // the idle time may have run out while the pointer rested on the controls: leaving starts it again, or they would
  // stay awake until the next movement over the figure
  const onLeave = () => {
    overControls = false;
    if (root.classList.contains('sim-awake')) arm();
  };
  const events: [string, EventListener][] = [
    ['pointermove', onOver],
    ['pointerdown', onOver],
    ['keydown', wake],
    ['focusin', wake],
    ['pointerleave', onLeave],
  ];
  for (const [type, fn] of events) root.addEventListener(type, fn);
  return () => {
    if (timer !== undefined) win.clearTimeout(timer);
    for (const [type, fn] of events) root.removeEventListener(type, fn);
  };
}
