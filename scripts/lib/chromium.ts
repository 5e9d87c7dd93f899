import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where the real browser is: Debian's Chromium, or CHROME_PATH. Never a downloaded browser. */
function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

const INSTALL_HINT =
  'Chromium was not found. Install it with `sudo apt-get install -y chromium poppler-utils` ' +
  '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.';

/** Launches headless Chromium with the flags this closed network needs (without them it stalls on update checks). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromePath();
  if (!existsSync(executablePath)) throw new Error(`${INSTALL_HINT} (looked for ${executablePath})`);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
