import '../assets/fatal.css';

/**
 * A failure must never leave a blank page: say what went wrong where the page's content would be. The pages'
 * entry scripts (main.ts, handoutMain.ts) end with this; tests and the handout exporter look for `.fatal-error`.
 */
export function showFatalError(what: string, error: unknown): void {
  const box = document.createElement('pre');
  box.className = 'fatal-error';
  box.textContent = `${what}: ${error instanceof Error ? error.message : String(error)}`;
  document.body.prepend(box);
  console.error(error);
}
