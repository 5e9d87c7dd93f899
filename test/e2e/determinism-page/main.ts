import { determinismCases, runHashes, simulate } from '../../../src/sim/index.ts';

// The model, bundled as the kit bundles it, computing in the browser what the Node test computes.
const results = determinismCases.map((c) => ({ name: c.name, hashes: runHashes(c.params, c.seed, c.ticks) }));
const summary = JSON.stringify(simulate({}, 11).byStrategy);
Object.assign(window, { __determinism: { results, summary } });
document.documentElement.dataset.ready = 'determinism';
