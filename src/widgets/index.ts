export { createSimSync } from './createSimSync.ts';
export { createSimWidget, type SimWidgetOptions } from './createSimWidget.ts';
export { prepareSimulation } from './prepareSimulation.ts';
export { type SimSession, sessionFor } from './simSession.ts';
export type { SimChart, SimSpec, SimView } from './simSpec.ts';
export { describeFigure, summarizeTick } from './summary.ts';
export type { SimSync, SimWidget, SyncMessage, WidgetState } from './types.ts';
export { simStateFromQuery, simStateToUrl } from './urlState.ts';
