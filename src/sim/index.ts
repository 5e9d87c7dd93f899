/** The simulation core's public API: a pure, seeded model with no DOM, no clock and no module-level state. */

export {
  BUILD_BUDGET_MS,
  type BudgetCheck,
  budgetMessage,
  checkBudget,
  estimateCost,
  PAGE_BUDGET_MS,
} from './cost.ts';
export { determinismCases } from './determinism.ts';
export { finalCooperation, THRESHOLDS } from './engine/science.ts';
export { createSim, runHashes } from './engine/sim.ts';
export { type RunWithFrames, type SimulateOptions, simulate } from './engine/simulate.ts';
export { helpChance } from './engine/strategies.ts';
export { type PresetInfo, presetInfo, presetNames, presets } from './presets.ts';
export { CH, hash32, U } from './rng.ts';
export { clampTick, runLength } from './runLength.ts';
export { defaultParams, paramNames, paramSchema } from './schema.ts';
export { editDistance, suggestName } from './suggest.ts';
export * from './types.ts';
export { clampParams, type ParamIssue, resolveParams, validateParams } from './validate.ts';
