import { writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { arriveAtSim, waitForRun } from './simSlide.ts';

/**
 * Where the page's long tasks go at the worst address (issue 20's page budget), for a person reading them, not a
 * figure: `node --import tsx bench/profilePageWorst.ts <dist dir> <nCommunity>` (build an unminified dist first,
 * `npx vite build --minify false --outDir /tmp/dist-prof`, so the names mean something). Records a Chrome trace with
 * V8's sampling profiler while the slide arrives, the run arrives and 3 s play, then prints each main-thread task over
 * 50 ms with the functions on the stack for most of it (inclusive sample counts, ~1 sample per 0.1 ms).
 */
const [dir = 'dist', n = '1217'] = process.argv.slice(2);
const SIM = 's7-0-0';

// biome-ignore lint/suspicious/noExplicitAny: a trace event's args are whatever the event records
type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: any; id?: string };

const server = await serveStatic(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(new URL(`index.html?sim=${SIM}&nCommunity=${n}`, server.url).href);
  await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
      'toplevel',
    ],
  });
  await arriveAtSim(page, SIM);
  const widget = await waitForRun(page, SIM);
  await page.waitForTimeout(300);
  await widget.locator('.sim-figure').hover();
  await widget.locator('button.sim-play').click();
  await page.waitForTimeout(3000);
  const buf = await browser.stopTracing();
  writeFileSync('/tmp/pbprof/trace.json', buf);
  const events: Ev[] = JSON.parse(buf.toString()).traceEvents ?? JSON.parse(buf.toString());
  // the renderer's main thread: the one with the most RunTask time
  const byThread = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X') {
      const k = `${e.pid}:${e.tid}`;
      byThread.set(k, (byThread.get(k) ?? 0) + (e.dur ?? 0));
    }
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = [...byThread].filter(([k]) => names.get(k) === 'CrRendererMain').sort((a, b) => b[1] - a[1])[0]![0];
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) > 50_000)
    .sort((a, b) => a.ts - b.ts);
  // the profiler's samples on that thread: ProfileChunk events carry nodes, samples and time deltas
  const nodes = new Map<number, { fn: string; parent?: number }>();
  const samples: { ts: number; node: number }[] = [];
  const [pid, tid] = main.split(':').map(Number);
  let t = 0;
  const starts = new Map<string, number>();
  // the main thread's Profile event names the id its chunks carry (they are written by a profiler thread)
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid) starts.set(e.id!, e.args.data.startTime);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !starts.has(e.id!)) continue;
    const d = e.args.data;
    if (t === 0) t = starts.get(e.id!) ?? 0;
    for (const node of d.cpuProfile?.nodes ?? []) {
      const cf = node.callFrame;
      nodes.set(node.id, {
        fn: `${cf.functionName || '(anon)'} ${(cf.url ?? `#${cf.scriptId}`).split('/').pop()}:${(cf.lineNumber ?? -1) + 1}`,
        parent: node.parent,
      });
    }
    const ss: number[] = d.cpuProfile?.samples ?? [];
    const deltas: number[] = d.timeDeltas ?? [];
    ss.forEach((s, i) => {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node: s });
    });
  }
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    for (const s of inTask) {
      const seen = new Set<string>();
      let id: number | undefined = s.node;
      const leaf = nodes.get(s.node)?.fn ?? '?';
      self.set(leaf, (self.get(leaf) ?? 0) + 1);
      while (id !== undefined) {
        const nd = nodes.get(id);
        if (!nd) break;
        if (!seen.has(nd.fn)) {
          seen.add(nd.fn);
          inclusive.set(nd.fn, (inclusive.get(nd.fn) ?? 0) + 1);
        }
        id = nd.parent;
      }
    }
    // what the trace says ran in the task (timeline events inside it)
    const inner = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          `${e.pid}:${e.tid}` === main &&
          e.ts >= task.ts &&
          e.ts < end &&
          (e.dur ?? 0) > 5_000 &&
          e.name !== 'RunTask',
      )
      .map(
        (e) =>
          `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur! / 1000).toFixed(1)}`,
      );
    const total = inTask.length || 1;
    console.log(
      `\n== task at ${((task.ts - tasks[0]!.ts) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms, ${inTask.length} samples`,
    );
    console.log(`   timeline: ${inner.slice(0, 12).join(', ')}`);
    const top = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 28);
    for (const [fn, c] of top) console.log(`   ${((100 * c) / total).toFixed(0).padStart(3)}% incl  ${fn}`);
    const topSelf = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`   self: ${topSelf.map(([fn, c]) => `${fn} ${((100 * c) / total).toFixed(0)}%`).join('; ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
