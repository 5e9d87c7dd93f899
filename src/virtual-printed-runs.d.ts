declare module 'virtual:printed-runs' {
  import type { PrintedRuns } from './widgets/printedRun.ts';

  /** every printed simulation's data, made at build time; null in the dev server and the single-file build */
  const runs: PrintedRuns | null;
  export default runs;
}
