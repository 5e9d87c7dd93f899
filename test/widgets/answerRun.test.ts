import { describe, expect, test } from 'vitest';
import { layoutNetwork } from '../../src/render/layoutNetwork.ts';
import { createResolvedSim, simulateResolved } from '../../src/sim/index.ts';
import { answerRun } from '../../src/widgets/answerRun.ts';
import { packLayout, unpackLayout } from '../../src/widgets/packLayout.ts';
import { paramsFor } from '../../src/widgets/paramsFor.ts';
import { createSession, NETWORK_SIZE, type OffThread } from '../../src/widgets/simSession.ts';

// The worker's answer (answerRun, posted by simWorker.ts) must be what the page would have made itself, bit for bit:
// the run, and the network layout it now makes off the page's thread (issue 20's page budget).
const cases = [
  { preset: 'give-first', overrides: {}, seed: 1 },
  { preset: 'give-first', overrides: { nCommunity: 450 }, seed: 7 }, // over 400 agents: the big layout's settings
  { preset: 'moving-day', overrides: { kRing: 6 }, seed: 3 },
];
const bits = (xs: number[]) => xs.map((x) => Array.from(new Uint8Array(new Float64Array([x]).buffer)).join(','));

/** the worker, in this thread: what runOffThread + workerRun give the session */
const inProcess: OffThread = async (params, seed, _signal, layout) => {
  const answer = answerRun({ params, seed, framesAt: [], ...(layout && { layout }) });
  return { run: answer.run, ...(answer.layout && { layout: unpackLayout(answer.layout) }) };
};

describe('answerRun: what the worker makes', () => {
  test.each(cases)('the layout of $preset $overrides is layoutNetwork’s on the page, bit for bit', (c) => {
    const { params } = paramsFor(c.preset, c.overrides);
    const answer = answerRun({ params, seed: c.seed, framesAt: [], layout: NETWORK_SIZE });
    const page = layoutNetwork(createResolvedSim(params, c.seed).stateAt(0), { ...NETWORK_SIZE, seed: c.seed });
    const worker = unpackLayout(answer.layout!);
    expect([...worker.pos.keys()]).toEqual([...page.pos.keys()]);
    const xy = (l: typeof page) => bits([...l.pos.values()].flatMap((p) => [p.x, p.y]));
    expect(xy(worker)).toEqual(xy(page));
    expect([worker.width, worker.height]).toEqual([page.width, page.height]);
    const { frames: _f, frame: _frame, ...run } = simulateResolved(params, c.seed, { framesAt: [] });
    expect(JSON.stringify(answer.run)).toBe(JSON.stringify(run));
  });

  test('no layout unless asked, and none for the science model', () => {
    const { params } = paramsFor('give-first', {});
    expect(answerRun({ params, seed: 1, framesAt: [] }).layout).toBeUndefined();
    const science = paramsFor('give-first', { model: 'science' }).params;
    expect(answerRun({ params: science, seed: 1, framesAt: [], layout: NETWORK_SIZE }).layout).toBeUndefined();
  });

  test('packLayout and unpackLayout keep every position and their order', () => {
    const layout = {
      width: 5,
      height: 7,
      pos: new Map([
        [3, { x: 0.1 + 0.2, y: -0 }],
        [1, { x: 1e-300, y: 2 }],
      ]),
    };
    const back = unpackLayout(packLayout(layout));
    expect([...back.pos]).toEqual([...layout.pos]);
    expect(Object.is(back.pos.get(3)!.y, -0)).toBe(true);
  });
});

describe('a big session prepared by the worker', () => {
  test('draws the same layout and frames as a session made wholly on the page, stepped to the asked tick', async () => {
    const c = cases[1]!;
    const made = createSession(c.preset, c.overrides, c.seed);
    expect(made.big).toBe(true);
    expect(made.ready()).toBe(false);
    let calls = 0;
    await made.prepare(
      async (...args) => {
        calls++;
        expect(args[3]).toEqual(NETWORK_SIZE); // the layout is asked of the worker: no shipped one for this run
        return inProcess(...args);
      },
      undefined,
      37,
    );
    expect(calls).toBe(1);
    expect(made.ready()).toBe(true);
    // a session of the same run made on the page: layoutNetwork and the model stepped there
    const onPage = createSession(c.preset, c.overrides, c.seed);
    expect([...made.layout().pos]).toEqual([...onPage.layout().pos]);
    expect(made.frameAt(37)).toEqual(onPage.frameAt(37));
    expect(made.frameAt(38)).toEqual(onPage.frameAt(38));
    // a drawing may step a few ticks, or seek back; a seek far ahead waits for prepare(), which steps in slices
    expect([made.ready(0), made.ready(45), made.ready(200)]).toEqual([true, true, false]);
    await made.prepare(inProcess, undefined, 200);
    expect(made.ready(200)).toBe(true);
    expect(made.frameAt(200)).toEqual(onPage.frameAt(200));
    // another session of the same run finds run and layout made: no second worker
    const again = createSession(c.preset, c.overrides, c.seed);
    await again.prepare(async () => {
      throw new Error('asked the worker again');
    });
    expect(again.ready()).toBe(true);
  });

  test('Stop during the steps on the page rejects with RunStopped and leaves the session not ready', async () => {
    const made = createSession('give-first', { nCommunity: 460 }, 2);
    const stop = new AbortController();
    const prepared = made.prepare(
      async (...args) => {
        const r = await inProcess(...args);
        stop.abort();
        return r;
      },
      stop.signal,
      120,
    );
    await expect(prepared).rejects.toMatchObject({ name: 'RunStopped' });
    expect(made.ready()).toBe(false);
  });
});
