import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import { checkPageBudget } from '../src/sim/index.ts';
import { paramsFor } from '../src/widgets/paramsFor.ts';
import type { Figure } from './figure.ts';

// Its own build of the fixture deck, made fresh each run: a stale or half-rebuilt shared one would measure old code.
const FIXTURE = 'test-results/bench-widgets-dist';
const SECONDS = 5;
const ROUNDS = 3;

// Strings, not functions: tsx adds a `__name` helper to functions that the page does not have.
// The widget on the slide shown: the next slide's is mounted ahead (issue 19), so '.sim-widget' alone finds two.
const SHOWN = 'section.present:not(.stack) .sim-widget';
const SHOW_FIRST_SIM = `(() => {
  const section = document.querySelector('.sim[data-sim]').closest('section');
  const { h, v } = window.Reveal.getIndices(section);
  window.Reveal.slide(h, v);
})()`;
/** Model step + draw + style/layout of one tick, timed around the Step button, median of 120. */
const STEP_MEDIAN = `(() => {
  const w = window.Reveal.getCurrentSlide().querySelector('.sim-widget');
  const step = w.querySelector('button.sim-step');
  const times = [];
  for (let i = 0; i < 120; i++) {
    const t0 = performance.now();
    step.click();
    void w.offsetHeight;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[60];
})()`;
const CLICK_PLAY = `window.Reveal.getCurrentSlide().querySelector('.sim-widget button.sim-play').click()`;
const COUNT_FRAMES = `new Promise((done) => {
  let n = 0;
  const t0 = performance.now();
  const f = () => (performance.now() - t0 < 3000 ? (n++, requestAnimationFrame(f)) : done(n / 3));
  requestAnimationFrame(f);
})`;

const addFrames = (url: string) => `Promise.all([0, 1].map((i) => new Promise((done) => {
  const f = document.createElement('iframe');
  f.src = ${JSON.stringify(url)};
  f.style.cssText = 'position:fixed;bottom:0;width:480px;height:270px;z-index:99;left:' + i * 500 + 'px';
  f.onload = done;
  document.body.append(f);
})))`;

async function open(
  browser: Browser,
  url: string,
  context = undefined as Awaited<ReturnType<Browser['newContext']>> | undefined,
) {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 720 } }));
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
  await page.evaluate(SHOW_FIRST_SIM);
  await page.waitForSelector(`${SHOWN} .sim-chart`);
  return { ctx, page };
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Seconds the page's renderer main thread has spent in tasks (TaskDuration; same-origin iframes run on it too). Wall
 * time, not CPU: on a loaded machine a task preempted by another process counts the wait (about half of it here).
 * One CDP session per page, enabled once: a fresh `Performance.enable` restarts the counters.
 */
async function taskSeconds(page: Page): Promise<number> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

interface ProcessCpu {
  type: string;
  id: number;
  cpuTime: number;
}

/** Every browser process (browser, renderers, GPU/compositor…) with the CPU seconds it has used. */
async function processes(browser: Browser): Promise<ProcessCpu[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as never)) as { processInfo: ProcessCpu[] };
    return processInfo;
  } finally {
    await cdp.detach();
  }
}

/** CPU seconds (user + system) a process's main thread has used, from Linux's /proc; undefined elsewhere. */
function mainThreadCpu(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
const TICKS_PER_SECOND = 100;

interface Cpu {
  /** TaskDuration of the page's renderer main thread (wall time) */
  task: number;
  /** CPU time of the busiest renderer's main thread: the page's (its iframes share it) */
  main: number;
  /** CPU time of every browser process together: the issue's "total CPU" */
  total: number;
}

/** What `page` (the first, playing) and its renderer and the rest of the browser spend while it plays SECONDS. */
async function cpuWhilePlaying(browser: Browser, page: Page): Promise<Cpu> {
  const procs0 = await processes(browser);
  const renderers = procs0.filter((p) => p.type === 'renderer').map((p) => p.id);
  const main0 = renderers.map(mainThreadCpu);
  const task0 = await taskSeconds(page);
  await page.evaluate(CLICK_PLAY);
  await page.waitForTimeout(SECONDS * 1000);
  await page.evaluate(CLICK_PLAY);
  const task = (await taskSeconds(page)) - task0;
  const main1 = renderers.map(mainThreadCpu);
  const procs1 = await processes(browser);
  const was = new Map(procs0.map((p) => [p.id, p.cpuTime]));
  const total = procs1.reduce((sum, p) => sum + p.cpuTime - (was.get(p.id) ?? 0), 0);
  const spent = main1.map((v, i) => (v === undefined || main0[i] === undefined ? 0 : v - main0[i]!));
  // Without /proc, fall back to the wall time of the main thread's tasks.
  const main = main1.every((v) => v === undefined) ? task : Math.max(0, ...spent);
  return { task, main, total };
}

const add = (a: Cpu, b: Cpu): Cpu => ({ task: a.task + b.task, main: a.main + b.main, total: a.total + b.total });
const ZERO: Cpu = { task: 0, main: 0, total: 0 };

/** The fixture deck built into its own folder and served; `close` stops the server. */
async function serveFixture() {
  process.env.GF_SLIDES = 'test/e2e/fixture-slides';
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: FIXTURE, emptyOutDir: true },
  });
  delete process.env.GF_SLIDES;
  const server = await serveStatic(FIXTURE);
  return { server, base: new URL('index.html', server.url).href };
}

/**
 * CPU while playing, main page alone and with the speaker view, alternated `rounds` times and summed: one 5 s sample
 * of each swings by ±30% on a loaded machine, a ratio of alternated sums much less.
 */
async function speakerViewCpu(browser: Browser, base: string, rounds: number) {
  let alone = ZERO;
  let trio = ZERO;
  for (let round = 0; round < rounds; round++) {
    const one = await open(browser, base);
    alone = add(alone, await cpuWhilePlaying(browser, one.page));
    await one.ctx.close();
    // The speaker view: the main window plus two iframes of the deck (current slide, upcoming slide) in one page.
    const main = await open(browser, base);
    await main.page.evaluate(addFrames(base));
    const frames = main.page.frames().filter((f) => f !== main.page.mainFrame());
    for (const f of frames) {
      await f.waitForSelector('html[data-ready]');
      await f.evaluate(SHOW_FIRST_SIM);
    }
    await frames[1]!.evaluate('window.Reveal.next()');
    trio = add(trio, await cpuWhilePlaying(browser, main.page));
    await main.ctx.close();
  }
  const ratio = (k: keyof Cpu) => trio[k] / Math.max(1e-9, alone[k]);
  return { alone, trio, ratio: { task: ratio('task'), main: ratio('main'), total: ratio('total') } };
}

export async function run(): Promise<Figure[]> {
  const { server, base } = await serveFixture();
  const browser = await launchChromium();
  try {
    // Three rounds of 120 steps from tick 0, the median round: one round lasts about a second, and a stall of this
    // VM within it (they come and go) moved the figure by half on its own.
    const one = await open(browser, base);
    const rounds: number[] = [];
    for (let r = 0; r < 3; r++) {
      await one.page.locator(`${SHOWN} .sim-timeline`).fill('0');
      rounds.push((await one.page.evaluate(STEP_MEDIAN)) as number);
    }
    const frameMs = [...rounds].sort((a, b) => a - b)[1]!;
    await one.ctx.close();

    const simId = await (async () => {
      const o = await open(browser, base);
      const id = await o.page.evaluate(`window.Reveal.getCurrentSlide().querySelector('.sim-widget').dataset.simId`);
      await o.ctx.close();
      return id as string;
    })();
    // 1,000 members, or the largest community the page's budgets allow from an address if that is fewer (one frame of
    // it must be stepped and drawn within FRAME_BUDGET_MS, src/sim/cost.ts): a refused address would measure the
    // slide's own run
    const block = loadDeck('test/e2e/fixture-slides')
      .slides.flatMap((s) => s.sims)
      .find((b) => b.id === simId)!;
    const allowed = checkPageBudget({ ...paramsFor(block.preset, block.overrides).params, nCommunity: 1e9 }).largest!;
    const members = Math.min(1000, allowed.value);
    const big = await open(browser, `${base}?sim=${encodeURIComponent(simId)}&nCommunity=${members}&speed=40`);
    const bigStepMs = (await big.page.evaluate(STEP_MEDIAN)) as number;
    await big.page.locator(`${SHOWN} .sim-timeline`).fill('0');
    await big.page.locator(`${SHOWN} button.sim-play`).click();
    const fps = (await big.page.evaluate(COUNT_FRAMES)) as number;
    await big.ctx.close();

    const { alone: cpuAlone, ratio } = await speakerViewCpu(browser, base, ROUNDS);

    // ?print-pdf prints every simulation as a figure (the build's markup, else drawn by renderSimSnapshot); each
    // leaves a user-timing measure, whichever way it was made.
    const print = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await print.goto(`${base}?print-pdf`);
    await print.waitForSelector('.pdf-page .sim-snapshot', { timeout: 120_000 });
    await print.waitForTimeout(1000);
    const snapshots = (await print.evaluate(
      `performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sim-snapshot')).map((e) => e.duration)`,
    )) as number[];
    await print.context().close();
    const snapshotMs = Math.max(...snapshots);
    const snapshotMedian = [...snapshots].sort((a, b) => a - b)[Math.floor(snapshots.length / 2)]!;
    return [
      {
        id: 'widget-frame-ms',
        label: 'Widget tick (model step + draw), default scenario, median step of the median of 3 rounds',
        value: frameMs,
        unit: 'ms',
        goal: '≤ 8 ms',
        ok: frameMs <= 8,
      },
      {
        id: 'widget-1000-fps',
        label: `${members.toLocaleString('en')}-member community while playing (the most the page allows, up to 1,000)`,
        value: fps,
        unit: 'fps',
        goal: '≥ 30 fps',
        ok: fps >= 30,
      },
      {
        id: 'widget-1000-tick-ms',
        label: `${members.toLocaleString('en')}-member community, one tick (model step + draw), median`,
        value: bigStepMs,
        unit: 'ms',
      },
      {
        id: 'widget-snapshot-ms',
        label: `Printed simulation figure in ?print-pdf, slowest of ${snapshots.length}`,
        value: snapshotMs,
        unit: 'ms',
        goal: '≤ 100 ms',
        ok: snapshotMs <= 100,
      },
      {
        id: 'widget-snapshot-median-ms',
        label: `Printed simulation figure in ?print-pdf, median of ${snapshots.length}`,
        value: snapshotMedian,
        unit: 'ms',
        goal: '≤ 100 ms',
        ok: snapshotMedian <= 100,
      },
      {
        id: 'widget-sync-cpu-alone',
        label: 'CPU while playing 5 s, main page alone (renderer main thread)',
        value: (cpuAlone.main * 1000) / ROUNDS,
        unit: 'ms',
      },
      {
        id: 'widget-sync-cpu',
        label: 'CPU while playing, main + 2 synced pages vs alone (renderer main thread, CPU time)',
        value: ratio.main,
        unit: '×',
        goal: '≤ 1.5×',
        ok: ratio.main <= 1.5,
      },
      {
        id: 'widget-sync-cpu-total',
        label: 'CPU while playing, main + 2 synced pages vs alone (all browser processes)',
        value: ratio.total,
        unit: '×',
        goal: '≤ 1.5×',
        ok: ratio.total <= 1.5,
      },
      {
        id: 'widget-sync-task',
        label: 'Main-thread task time while playing, main + 2 synced pages vs alone (wall time, load-sensitive)',
        value: ratio.task,
        unit: '×',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * `node --import tsx bench/widgets.ts` prints every figure; `… bench/widgets.ts cpu [rounds]` only the speaker-view
 * CPU ratio, once per line and round count so repeated runs can be compared.
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === 'cpu') {
    const rounds = Number(process.argv[3] ?? ROUNDS);
    const { server, base } = await serveFixture();
    const browser = await launchChromium();
    try {
      const { alone, trio, ratio } = await speakerViewCpu(browser, base, rounds);
      const ms = (v: number) => ((v * 1000) / rounds).toFixed(0);
      for (const [k, what] of [
        ['main', 'renderer main thread, CPU'],
        ['total', 'all processes, CPU'],
        ['task', 'main-thread tasks, wall time'],
      ] as const)
        console.log(
          `speaker view ${ratio[k].toFixed(2)}× (${what}: alone ${ms(alone[k])} ms, trio ${ms(trio[k])} ms a round)`,
        );
    } finally {
      await browser.close();
      await server.close();
    }
  } else {
    for (const f of await run())
      console.log(`${f.label}: ${f.value.toFixed(2)} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ''}`);
  }
}
