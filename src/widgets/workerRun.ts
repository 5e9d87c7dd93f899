import type { OffThread } from './simSession.ts';

/** The model's run in a Web Worker. The worker's code is loaded on first need: only a page that meets a big run fetches it. */
export const workerRun: OffThread = async (params, seed, signal) =>
  (await import('./runOffThread.ts')).runOffThread(params, seed, [], signal).then((r) => r.run);
