import type { ResolvedParams } from '../sim/types.ts';
import type { RunAnswer, RunRequest } from './answerRun.ts';
import { RunStopped } from './runStopped.ts';
// Inline: the worker's code travels inside the bundle and starts from a blob: URL, so it works from the single file
// opened from disk as well as from the server (the CSP allows `worker-src blob:` and nothing else for workers).
import SimWorker from './simWorker.ts?worker&inline';

export type OffThreadRun = RunAnswer;

/**
 * A worker that finished its run waits here for the next one: making a worker costs the page a blob: URL of the
 * model's code (vite's inline worker decodes and wraps ~55 KB each time), profiled at a third of a 140 ms task on a
 * CPU 4× slower (issue 19). The worker keeps no state between runs (each message is a whole run), so reusing it
 * cannot change a number. A stopped run's worker is terminated, never kept.
 */
let spare: Worker | undefined;

/**
 * `simulate(params, seed)` in a Web Worker: the page stays free while it runs. With `layout` (a drawing size), the
 * worker also lays out the run's network (answerRun.ts). Aborting `signal` terminates the worker at once (a
 * synchronous model cannot be interrupted any other way) and rejects with RunStopped.
 */
export function runOffThread(
  params: ResolvedParams,
  seed: number,
  framesAt: number[] = [],
  signal?: AbortSignal,
  layout?: RunRequest['layout'],
): Promise<OffThreadRun> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RunStopped());
    const worker: Worker = spare ?? new SimWorker();
    spare = undefined;
    const detach = () => {
      worker.onmessage = null;
      worker.onerror = null;
      signal?.removeEventListener('abort', stop);
    };
    const stop = () => {
      detach();
      worker.terminate();
      reject(new RunStopped());
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<OffThreadRun>) => {
      detach();
      if (spare) worker.terminate();
      else spare = worker;
      resolve(e.data);
    };
    worker.onerror = (e) => {
      detach();
      worker.terminate();
      reject(new Error(`The simulation's worker failed: ${e.message}`));
    };
    worker.postMessage({ params, seed, framesAt, ...(layout && { layout }) } satisfies RunRequest);
  });
}
