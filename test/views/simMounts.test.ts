// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { buildSlides } from '../../src/views/present/buildSlides.ts';
import { createSimMounts } from '../../src/views/shared/simMounts.ts';
import type { SyncMessage } from '../../src/widgets/index.ts';
import { deckOf, md } from '../content/helpers.ts';

const deck = deckOf(
  md(
    '## One',
    '',
    '```sim',
    'preset: give-first',
    '```',
    '',
    '---',
    '',
    '## Two',
    '',
    '```sim',
    'preset: taker',
    '```',
  ),
);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * Moving on before a slide's simulation has loaded (the speaker view's panes do this on every slide change) must not
 * leave that simulation running on a slide nobody shows. An active widget says hello on the sync channel; an
 * inactive one stays silent, so the hellos tell which ones were activated.
 */
test('show() on one slide, then at once on another: only the second slide’s simulation runs', async () => {
  const sections = buildSlides(document, deck);
  document.body.append(...sections);
  const [first, second] = deck.slides.map((s) => s.sims[0]!.id);
  const heard: string[] = [];
  const channel = new BroadcastChannel('give-first-sims');
  channel.onmessage = (e: MessageEvent<SyncMessage>) => {
    if (e.data.kind === 'hello') heard.push(e.data.id);
  };
  const mounts = createSimMounts(deck, { sync: true });
  cleanup = () => {
    mounts.destroy();
    channel.close();
    document.body.replaceChildren();
  };
  const a = mounts.show(sections[0]!);
  const b = mounts.show(sections[1]!);
  await Promise.all([a, b]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(heard).toContain(second);
  expect(heard).not.toContain(first);
});
