/// <reference lib="webworker" />
import { answerRun, type RunRequest } from './answerRun.ts';

/**
 * The model off the main thread (loaded by runOffThread as an inline worker). It runs the same pure, seeded code as
 * the page (answerRun), so the run, frames and layout are the page's own, bit for bit; only the thread differs. One
 * worker per run: Stop terminates it, which is the only way to end a synchronous run early.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<RunRequest>) => {
  const answer = answerRun(e.data);
  const buffers = answer.frames.flatMap((p) => [p.agents.buffer, p.edges.buffer, p.events.buffer]);
  if (answer.layout) buffers.push(answer.layout.pos.buffer);
  scope.postMessage(answer, buffers);
};
