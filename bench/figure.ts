/** One measured figure, printed as a line by `npm run bench` and written to bench/results.json. */
export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** the goal from the issue, as text (e.g. "≤ 10 ms") */
  goal?: string;
  /** whether the goal was met, when there is one */
  ok?: boolean;
}

/** Each bench module exports `run(): Promise<Figure[]>`; bench/run.ts collects them. */
export type BenchModule = { run: () => Promise<Figure[]> };
