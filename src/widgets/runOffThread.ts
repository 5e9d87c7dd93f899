import type { ResolvedParams } from '../sim/types.ts';
import type { RunAnswer, RunRequest } from './answerRun.ts';
// Inline: the worker's code travels inside the bundle and starts from a blob: URL, so it works from the single file
// opened from disk as well as from the server (the CSP allows `worker-src blob:` and nothing else for workers).
import SimWorker from './simWorker.ts?worker&inline';

export type OffThreadRun = RunAnswer;

/** Stop pressed: the run was ended before it finished. */
export class RunStopped extends Error {
  constructor() {
    super('The run was stopped.');
    this.name = 'RunStopped';
  }
}

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
    const worker: Worker = new SimWorker();
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    const stop = () => {
      end();
      reject(new RunStopped());
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<OffThreadRun>) => {
      end();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(`The simulation's worker failed: ${e.message}`));
    };
    worker.postMessage({ params, seed, framesAt, ...(layout && { layout }) } satisfies RunRequest);
  });
}
