import { parentPort, workerData } from 'node:worker_threads';
import { simulate } from '../src/sim/index.ts';
import type { Params } from '../src/sim/types.ts';

// one measured run for bench/cost.ts, in its own thread so a run past the time limit can be stopped
const { params, seed } = workerData as { params: Partial<Params>; seed: number };
// warm the model up on a small run first: the figure is the run's cost, not V8 compiling the tick
for (let i = 0; i < 10; i++) simulate({ ...params, nCommunity: 50, ticks: 20, generations: 5 }, i);
const t0 = performance.now();
simulate(params, seed);
parentPort!.postMessage(performance.now() - t0);
