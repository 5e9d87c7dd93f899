import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import { frameFeatures } from '../src/sim/index.ts';
import { paramsFor } from '../src/widgets/paramsFor.ts';
import { buildKitIfStale } from './buildKitIfStale.ts';

/**
 * Measures what src/sim/cost.ts's FRAME_COEFFICIENTS model: the page's longest task for one frame of a live
 * network (the model's first state, a step and its drawing), by size. For each (nCommunity, kRing) it opens the
 * slide's simulation at that address, waits for the run, plays PLAY_MS and reads the main thread's tasks from a
 * Chrome trace ('toplevel' only: no sampling, little overhead): the longest from the run's arrival to the end.
 * Prints one line per size and a least-squares fit of ms = a + b·people·ties (cost.ts's frameFeatures).
 * `node --import tsx bench/frameCost.ts` (builds dist if stale; ~1 min).
 */
const SIM = 's7-0-0';
const PLAY_MS = 2500;
const REPEAT = Number(process.env.REPEAT ?? 2);
const SIZES: [number, number][] = process.argv[2]
  ? [[Number(process.argv[2]), Number(process.argv[3] ?? 4)]]
  : [
      [100, 4],
      [300, 4],
      [500, 4],
      [700, 4],
      [900, 4],
      [1100, 4],
      [1200, 4],
      [300, 10],
      [500, 8],
      [200, 16],
      [400, 12],
      [700, 6],
    ];

/** a main-thread task, as the 'toplevel' category names it */
const TASK = 'ThreadControllerImpl::RunTask';
type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };

await buildKitIfStale();
const block = loadDeck('slides')
  .slides.flatMap((s) => s.sims)
  .find((b) => b.id === SIM)!;
const server = await serveStatic('dist');
const browser = await launchChromium();
const rows: { nCommunity: number; kRing: number; features: number[]; ms: number }[] = [];
try {
  // each size REPEAT times (the machine is shared: one page load can meet a neighbour's build), fitted on the longest
  for (const [nCommunity, kRing] of SIZES.flatMap((size) => Array<[number, number]>(REPEAT).fill(size))) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(new URL(`index.html?sim=${SIM}&nCommunity=${nCommunity}&kRing=${kRing}`, server.url).href);
    await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
    await page.evaluate((id) => {
      const section = document.querySelector(`.sim[data-sim="${id}"]`)!.closest('section')!;
      // biome-ignore lint/suspicious/noExplicitAny: reveal's global
      const reveal = (window as any).Reveal;
      const { h, v } = reveal.getIndices(section);
      reveal.slide(h, v);
    }, SIM);
    const widget = page.locator(`.sim[data-sim="${SIM}"] .sim-widget`);
    const idle = (id: string) =>
      !document.querySelector(`.sim[data-sim="${id}"] .sim-widget`)?.hasAttribute('aria-busy');
    await widget.waitFor({ state: 'attached' });
    const note = await widget.locator('.sim-note').textContent();
    // tracing starts once the widget is mounted (the slide's arrival and the mount cost the same at any size: they
    // are bench/pageWorst.ts's), while its run is on its way from the worker
    await browser.startTracing(page, { categories: ['toplevel'] });
    await page.waitForFunction(idle, SIM, { timeout: 300_000 });
    await page.waitForTimeout(200);
    await widget.locator('.sim-figure').hover();
    await widget.locator('button.sim-play').click();
    await page.waitForTimeout(PLAY_MS);
    const raw = JSON.parse((await browser.stopTracing()).toString());
    const events: Ev[] = raw.traceEvents ?? raw;
    if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(events));
    await page.close();
    // the page's main thread: of the renderers' main threads, the busiest
    const mains = new Set(
      events
        .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const busy = new Map<string, number>();
    for (const e of events)
      if (e.name === TASK && mains.has(`${e.pid}:${e.tid}`))
        busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    const main = [...busy].sort((x, y) => y[1] - x[1])[0]?.[0];
    const tasks = events
      .filter((e) => e.name === TASK && e.ph === 'X' && `${e.pid}:${e.tid}` === main)
      .map((e) => (e.dur ?? 0) / 1000)
      .sort((a, b) => b - a);
    const params = paramsFor(block.preset, { ...block.overrides, nCommunity, kRing }).params;
    const ms = tasks[0] ?? 0;
    // A size over the page's current budgets is refused, and the page then plays the slide's own small run: that is
    // no measure of the size. To refit past the current limit, build with FRAME_BUDGET_MS raised (and put it back).
    if (note?.includes('Ignored the parameters')) {
      console.log(`nCommunity ${nCommunity} kRing ${kRing}: refused by the page's budget, not measured`);
      continue;
    }
    const same = rows.find((r) => r.nCommunity === nCommunity && r.kRing === kRing);
    if (same) same.ms = Math.max(same.ms, ms);
    else rows.push({ nCommunity, kRing, features: frameFeatures(params), ms });
    console.log(
      `nCommunity ${nCommunity} kRing ${kRing}: longest task ${ms.toFixed(0)} ms, then ${tasks
        .slice(1, 4)
        .map((t) => t.toFixed(0))
        .join(', ')}${note ? ` (note: ${note})` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
// least squares: the normal equations (XᵀX)c = Xᵀy, solved by Gaussian elimination
const k = rows[0]!.features.length;
const m = Array.from({ length: k }, (_, i) =>
  Array.from({ length: k + 1 }, (_, j) =>
    rows.reduce((sum, r) => sum + r.features[i]! * (j < k ? r.features[j]! : r.ms), 0),
  ),
);
for (let i = 0; i < k; i++)
  for (let r = i + 1; r < k; r++) {
    const f = m[r]![i]! / m[i]![i]!;
    for (let j = i; j <= k; j++) m[r]![j]! -= f * m[i]![j]!;
  }
const c = new Array<number>(k).fill(0);
for (let i = k - 1; i >= 0; i--)
  c[i] = (m[i]![k]! - c.reduce((sum, x, j) => sum + (j > i ? m[i]![j]! * x : 0), 0)) / m[i]![i]!;
const fitted = (f: number[]) => f.reduce((sum, x, i) => sum + x * c[i]!, 0);
const ratios = rows.map((r) => r.ms / fitted(r.features));
console.log(`fit (${rows.length} sizes): [${c.map((x) => x.toPrecision(4)).join(', ')}] · [1, people × ties]`);
console.log(`measured / fitted: ${ratios.map((r) => r.toFixed(2)).join(' ')}; max ${Math.max(...ratios).toFixed(2)}`);
