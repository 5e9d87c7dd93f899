import { layoutNetwork } from '../../../src/render/layoutNetwork.ts';
import { createResolvedSim, resolveParams, simulateResolved } from '../../../src/sim/index.ts';
import { packFrame } from '../../../src/widgets/packFrame.ts';
import { packLayout } from '../../../src/widgets/packLayout.ts';
import { runOffThread } from '../../../src/widgets/runOffThread.ts';

// The same runs (and network layouts) on the page's thread and in the kit's Web Worker; the test compares them bit
// for bit.
const cases = [
  { params: {}, seed: 1 },
  { params: {}, seed: 7 },
  { params: { nCommunity: 450, lead: 25 }, seed: 3 }, // over 400 agents: the big layout's settings
  { params: { movingDay: 'off' as const }, seed: 2 },
  { params: { model: 'science' as const }, seed: 5 },
];
const at = [0, 1, 37, 200];
const SIZE = { width: 560, height: 400 };
const bytes = (a: ArrayBufferView) => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
const packed = (f: ReturnType<typeof packFrame>) => ({
  tick: f.tick,
  tShock: f.tShock,
  tStop: f.tStop,
  agents: bytes(f.agents),
  edges: bytes(f.edges),
  events: bytes(f.events),
});
const results = [];
for (const c of cases) {
  const params = resolveParams(c.params);
  const { frames, ...run } = simulateResolved(params, c.seed, { framesAt: at });
  const off = await runOffThread(params, c.seed, at, undefined, SIZE);
  const layout =
    params.model === 'science'
      ? undefined
      : packLayout(layoutNetwork(createResolvedSim(params, c.seed).stateAt(0), { ...SIZE, seed: c.seed }));
  const placed = (l: typeof layout) => (l ? { width: l.width, height: l.height, pos: bytes(l.pos) } : null);
  results.push({
    name: JSON.stringify(c),
    main: {
      run: JSON.stringify(run),
      frames: JSON.stringify((frames ?? []).map(packFrame).map(packed)),
      layout: JSON.stringify(placed(layout)),
    },
    worker: {
      run: JSON.stringify(off.run),
      frames: JSON.stringify(off.frames.map(packed)),
      layout: JSON.stringify(placed(off.layout)),
    },
    agents: off.frames.reduce((n, f) => n + f.agents.length, 0),
    placed: off.layout?.pos.length ?? 0,
  });
}
Object.assign(window, { __offThread: results });
document.documentElement.dataset.ready = 'off-thread';
