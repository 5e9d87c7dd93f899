import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * `node --import tsx bench/<name>.ts`: that bench alone, printed, without rewriting bench/results.*. Call it with the
 * module's own `import.meta.url`; it does nothing when the module was imported (by bench/run.ts).
 */
export function runWhenAlone(moduleUrl: string, run: BenchModule['run']): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  run().then(
    (figures) => {
      for (const f of figures)
        console.log(
          `${f.label}: ${f.value.toFixed(1)} ${f.unit}${f.goal ? ` (goal ${f.goal}: ${f.ok ? 'ok' : 'MISSED'})` : ''}`,
        );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
