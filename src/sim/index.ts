/** The simulation core's public API: a pure, seeded model with no DOM, no clock and no module-level state. */

export {
  BUILD_BUDGET_MS,
  type BudgetCheck,
  budgetMessage,
  checkBudget,
  checkPageBudget,
  estimateCost,
  estimateFrameCost,
  FRAME_BUDGET_MS,
  frameFeatures,
  PAGE_BUDGET_MS,
} from './cost.ts';
export { determinismCases } from './determinism.ts';
export { createSim as createResolvedSim } from './engine/sim.ts';
export { simulate as simulateResolved } from './engine/simulate.ts';
export { createSim, runHashes, simulate } from './entry.ts';
export { presetInfo, presetNames, presets } from './presets.ts';
export { clampTick, runLength, sliderMax } from './runLength.ts';
export { defaultParams, paramSchema } from './schema.ts';
export { suggestName } from './suggest.ts';
export * from './types.ts';
export { clampParams, resolveParams, validateParams } from './validate.ts';
