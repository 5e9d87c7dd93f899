import { loadavg } from 'node:os';
import { createState } from '../src/sim/engine/graph.ts';
import { createContext } from '../src/sim/engine/state.ts';
import { stepState } from '../src/sim/engine/tick.ts';
import { createSim, resolveParams, simulate } from '../src/sim/index.ts';
import { type Figure, median, runWhenAlone } from './figure.ts';

const now = (): number => performance.now();
const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

/** A big community stepped directly (no checkpoints, no frames: nobody draws 100k agents). */
function community(n: number): { ms: number; heapMB: number; rssMB: number; follows: number; pairs: number } {
  (globalThis as { gc?: () => void }).gc?.();
  // typed arrays live outside the JS heap: count their backing stores (arrayBuffers) with it
  const used = (m: NodeJS.MemoryUsage): number => m.heapUsed + m.arrayBuffers;
  const heap0 = used(process.memoryUsage());
  const rss0 = process.memoryUsage().rss;
  let peakHeap = heap0;
  let peakRss = rss0;
  const t0 = now();
  const ctx = createContext(resolveParams({ nCommunity: n, ticks: 200 }), 1);
  const s = createState(ctx);
  while (s.tick < 200) {
    stepState(s, ctx);
    if (s.tick % 20 === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, used(m));
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const ms = now() - t0;
  const follows = s.followers.at.reduce((sum, k, x) => sum + (x % 2) * k, 0);
  return { ms, heapMB: mb(peakHeap - heap0), rssMB: mb(peakRss - rss0), follows, pairs: s.trust.size };
}

export async function run(): Promise<Figure[]> {
  // wall-clock figures on a shared 2-core machine measure the neighbours too: say how busy it was
  const load = loadavg()[0]!;
  // The goal is about re-simulating while a slider is dragged, i.e. a warm model. The first runs of a process pay
  // for V8 compiling the tick on a background thread, which on a busy 2-core machine finishes late: their time is
  // reported on its own (first run) and 30 runs go before the timed ones.
  const t00 = now();
  simulate({}, 1000);
  const first = now() - t00;
  for (let i = 0; i < 30; i++) simulate({}, i);
  const times: number[] = [];
  for (let i = 0; i < 41; i++) {
    const t0 = now();
    simulate({}, i);
    times.push(now() - t0);
  }
  const full = median(times);

  // seeks from the end back to t, every 7th tick; a first pass on another seed warms the JIT up (as the runs before
  // the default-run timing do), so the figure is the cost of a seek rather than of compiling it
  const seeks = (seed: number): number => {
    const sim = createSim({}, seed);
    sim.stateAt(200);
    let worst = 0;
    for (let t = 199; t >= 0; t -= 7) {
      const t0 = now();
      sim.stateAt(t);
      worst = Math.max(worst, now() - t0);
      sim.stateAt(200);
    }
    return worst;
  };
  seeks(2);
  const worst = seeks(1);

  // one run of a big community is at the mercy of whatever else the machine (and its host) is doing: the median
  // time of three; the memory figures are the first run's (later runs reuse memory the process already holds)
  const medianRun = (n: number) => {
    const runs = [0, 1, 2].map(() => community(n));
    return { ...runs[0]!, ms: [...runs].sort((a, b) => a.ms - b.ms)[1]!.ms };
  };
  const c10k = medianRun(10_000);
  const c100k = medianRun(100_000);
  return [
    {
      id: 'sim.default',
      label: 'Default scenario, full run, warm (median of 41)',
      value: full,
      unit: 'ms',
      goal: '≤ 10 ms',
      ok: full <= 10,
    },
    {
      id: 'sim.first',
      label: 'Default scenario, first run in a fresh process (includes compiling)',
      value: first,
      unit: 'ms',
    },
    {
      id: 'sim.seek',
      label: 'stateAt worst-case backward seek, default run',
      value: worst,
      unit: 'ms',
      goal: '≤ 5 ms',
      ok: worst <= 5,
    },
    {
      id: 'sim.10k',
      label: '10,000-member community, 200 ticks (median of 3)',
      value: c10k.ms,
      unit: 'ms',
      goal: '≤ 1000 ms',
      ok: c10k.ms <= 1000,
    },
    {
      id: 'sim.100k',
      label: '100,000-member community, 200 ticks (median of 3)',
      value: c100k.ms,
      unit: 'ms',
      goal: '≤ 15000 ms',
      ok: c100k.ms <= 15000,
    },
    {
      id: 'sim.100k.heap',
      label: '100,000 members: peak heap + typed-array increase',
      value: c100k.heapMB,
      unit: 'MB',
    },
    {
      id: 'sim.100k.bytesPerEdge',
      label: '100,000 members: peak heap + typed arrays per follow edge',
      value: (c100k.heapMB * 1e6) / c100k.follows,
      unit: 'bytes',
    },
    { id: 'sim.100k.rss', label: '100,000 members: peak rss increase', value: c100k.rssMB, unit: 'MB' },
    { id: 'sim.10k.heap', label: '10,000 members: peak heap + typed-array increase', value: c10k.heapMB, unit: 'MB' },
    {
      id: 'sim.10k.bytesPerEdge',
      label: '10,000 members: peak heap + typed arrays per follow edge',
      value: (c10k.heapMB * 1e6) / c10k.follows,
      unit: 'bytes',
    },
    { id: 'sim.10k.follows', label: '10,000 members: follow edges at the end', value: c10k.follows, unit: 'edges' },
    { id: 'sim.100k.follows', label: '100,000 members: follow edges at the end', value: c100k.follows, unit: 'edges' },
    { id: 'sim.100k.pairs', label: '100,000 members: stored trust pairs', value: c100k.pairs, unit: 'pairs' },
    { id: 'sim.load', label: 'Machine load average (1 min) when the model figures were taken', value: load, unit: '' },
  ];
}

runWhenAlone(import.meta.url, run);
