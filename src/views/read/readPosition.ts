/** Where in the page the reader "is": the slide crossing this fraction of the viewport's height. */
const READING_LINE = 0.3;

export interface ReadPosition {
  /** index of the current article */
  current(): number;
  /** Re-reads the position now (after a jump), calling `onChange` if it moved. */
  update(): void;
  destroy(): void;
}

/**
 * Follows the reader's scroll: the current slide is the last article whose top has passed the reading line.
 * Measured once per animation frame at most, so long pages with many articles scroll smoothly.
 */
export function trackReadPosition(
  win: Window,
  articles: readonly HTMLElement[],
  onChange: (index: number) => void,
): ReadPosition {
  let index = -1;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const line = win.innerHeight * READING_LINE;
    let found = 0;
    for (let i = 0; i < articles.length; i++) {
      if (articles[i]!.getBoundingClientRect().top <= line) found = i;
      else break;
    }
    // At the very bottom the last slides may never reach the line: the end of the page means the last slide.
    const doc = win.document.documentElement;
    if (win.scrollY > 0 && win.scrollY + win.innerHeight >= doc.scrollHeight - 2) found = articles.length - 1;
    if (found !== index) {
      index = found;
      onChange(index);
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };
  win.addEventListener('scroll', schedule, { passive: true });
  win.addEventListener('resize', schedule);
  return {
    current: () => Math.max(0, index),
    update: measure,
    destroy() {
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('scroll', schedule);
      win.removeEventListener('resize', schedule);
    },
  };
}
