import { unpackLayout } from './packLayout.ts';
import type { OffThread } from './simSession.ts';

/**
 * The model's run (and, when asked, its network layout) in a Web Worker. The worker's code is loaded on first need:
 * only a page that meets a big run fetches it.
 */
export const workerRun: OffThread = async (params, seed, signal, layout) => {
  const answer = await (await import('./runOffThread.ts')).runOffThread(params, seed, [], signal, layout);
  return { run: answer.run, ...(answer.layout && { layout: unpackLayout(answer.layout) }) };
};
