import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { costFeatures } from '../src/sim/cost.ts';
import { paramSchema, resolveParams } from '../src/sim/index.ts';
import { U } from '../src/sim/rng.ts';
import type { Params } from '../src/sim/types.ts';

/**
 * Measures simulate() over random parameter sets and fits the cost model of src/sim/cost.ts:
 * `node --import tsx bench/cost.ts [samples]`. Each run is timed in a worker (stopped after LIMIT_MS: recorded as
 * LIMIT_MS, a lower bound, flagged). Prints the coefficients to paste into cost.ts and the fit's error, and keeps the
 * raw runs in test-results/cost-samples.json, to try another form of the model without measuring again.
 */
const LIMIT_MS = 20_000;
const SAMPLES = 'test-results/cost-samples.json';

function timed(params: Partial<Params>): Promise<{ ms: number; cut: boolean }> {
  return new Promise((done, fail) => {
    // a worker does not take tsx from execArgv before it loads its entry: register it, then import the .ts file
    const entry = new URL('./costWorker.ts', import.meta.url).href;
    const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    const w = new Worker(code, { eval: true, workerData: { params, seed: 1 } });
    const timer = setTimeout(() => {
      void w.terminate();
      done({ ms: LIMIT_MS, cut: true });
    }, LIMIT_MS + 5000); // + the warm-up and the worker's start
    w.once('message', (ms: number) => {
      clearTimeout(timer);
      void w.terminate();
      done({ ms: Math.min(ms, LIMIT_MS), cut: ms >= LIMIT_MS });
    });
    w.once('error', fail);
  });
}

const spec = (name: keyof Params) => paramSchema.find((s) => s.name === name)!;
/** a parameter set across the schema: sizes log-uniform up to what a measurement can afford, the rest uniform */
function sample(u: () => number): Partial<Params> {
  const logU = (lo: number, hi: number) => Math.round(Math.exp(Math.log(lo) + u() * Math.log(hi / lo)));
  const uni = (name: keyof Params) => {
    const s = spec(name);
    const v = s.min! + u() * (s.max! - s.min!);
    return s.type === 'integer' ? Math.round(v) : v;
  };
  const p: Record<string, number> = {
    nCommunity: logU(10, 3000),
    kRing: logU(2, 40),
    ticks: logU(20, 400),
  };
  for (const name of ['nGiveFirst', 'nTaker', 'nLurker', 'nLapsed', 'nLate', 'f0', 'mFollowNew'] as const)
    p[name] = u() < 0.5 ? logU(1, 51) - 1 : 5;
  // half the runs at the defaults' activity, half busy: both regimes weigh in the fit
  const busy = u() < 0.5;
  for (const name of [
    'pNeed',
    'pSee',
    'pShareCommunity',
    'pShareGiver',
    'qGiverFollowers',
    'qAmp',
    'dObserve',
    'dDirect',
    'decay',
  ] as const)
    if (busy || u() < 0.3) p[name] = uni(name);
  if (busy || u() < 0.3) p.thFollow = logU(1, 200) / 10;
  return p;
}

/** least squares by the normal equations (a dozen features): Gaussian elimination with partial pivoting */
function leastSquares(xs: number[][], ys: number[]): number[] {
  const k = xs[0]!.length;
  const a = Array.from({ length: k }, (_, i) => [
    ...Array.from({ length: k }, (_, j) => xs.reduce((s, x) => s + x[i]! * x[j]!, 0) + (i === j ? 1e-6 : 0)),
    xs.reduce((s, x, r) => s + x[i]! * ys[r]!, 0),
  ]);
  for (let c = 0; c < k; c++) {
    const p = a.slice(c).reduce((best, row, r) => (Math.abs(row[c]!) > Math.abs(a[best]![c]!) ? r + c : best), c);
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j <= k; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  return a.map((row, i) => row[k]! / row[i]!);
}

/**
 * Runs stopped at the limit took at least that long: after each fit, a stopped run whose fitted value is above the
 * limit takes the fitted value (iterated), so that the stopped runs do not pull the busiest estimates down.
 */
function leastSquaresCensored(xs: number[][], ys: number[], cut: boolean[]): { coef: number[]; ratios: number[] } {
  const y = [...ys];
  let coef = leastSquares(xs, y);
  const fitted = (x: number[]) => x.reduce((s, v, j) => s + v * coef[j]!, 0);
  for (let round = 0; round < 20; round++) {
    for (let r = 0; r < y.length; r++) if (cut[r]) y[r] = Math.max(ys[r]!, fitted(xs[r]!));
    coef = leastSquares(xs, y);
  }
  return { coef, ratios: xs.map((x, r) => Math.exp(ys[r]! - fitted(x))).filter((_, r) => !cut[r]) };
}

async function measure(samples: number): Promise<void> {
  const xs: number[][] = [];
  const ys: number[] = [];
  const cuts: boolean[] = [];
  const rows: string[] = [];
  const raw: { params: Partial<Params>; ms: number; cut: boolean; load: number }[] = [];
  for (let i = 0; i < samples; i++) {
    let draw = 0;
    const p = sample(() => U(20261206, i, draw++, 0, 0));
    const { ms, cut } = await timed(p);
    const params = resolveParams(p);
    xs.push(costFeatures(params));
    ys.push(Math.log(Math.max(ms, 0.1)));
    cuts.push(cut);
    rows.push(`${ms.toFixed(1)}${cut ? '+' : ''} ms ${JSON.stringify(p)}`);
    raw.push({ params: p, ms, cut, load: loadavg()[0]! });
    // the raw runs, so that another form of the model can be fitted without measuring again
    writeFileSync(SAMPLES, `${JSON.stringify(raw)}\n`);
    console.log(`${i + 1}/${samples} ${rows.at(-1)}`);
  }
  const { coef, ratios } = leastSquaresCensored(xs, ys, cuts);
  const safety = Math.max(...ratios);
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(`\nload ${loadavg()[0]!.toFixed(1)}; ${samples} runs`);
  console.log(`PLN_COEFFICIENTS = [${coef.map((c) => c.toFixed(3)).join(', ')}]`);
  console.log(
    `measured/fitted: median ${sorted[sorted.length >> 1]!.toFixed(2)}, min ${sorted[0]!.toFixed(2)}, max ${safety.toFixed(2)} (PLN_SAFETY)`,
  );
  // science: two linear terms, fitted on a small grid
  const sci: { g: number; pop: number; rounds: number; ms: number }[] = [];
  for (const [g, pop, rounds] of [
    [150, 100, 30],
    [300, 300, 30],
    [100, 1000, 10],
    [50, 1000, 100],
    [500, 100, 100],
    [1000, 200, 5],
  ] as const) {
    const { ms } = await timed({ model: 'science', generations: g, popSize: pop, roundsPerGen: rounds });
    sci.push({ g, pop, rounds, ms });
    console.log(`science generations ${g} popSize ${pop} roundsPerGen ${rounds}: ${ms.toFixed(1)} ms`);
  }
  const sc = leastSquares(
    sci.map((s) => [s.g * s.pop * s.rounds, s.g * s.pop]),
    sci.map((s) => s.ms),
  );
  const sciRatio = Math.max(...sci.map((s) => s.ms / (sc[0]! * s.g * s.pop * s.rounds + sc[1]! * s.g * s.pop)));
  console.log(
    `SCIENCE_COEFFICIENTS = [${sc.map((c) => c.toExponential(3)).join(', ')}]; max ratio ${sciRatio.toFixed(2)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  measure(Number(process.argv[2] ?? 80)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
