import { existsSync, writeFileSync } from 'node:fs';
import type { BenchModule, Figure } from './figure.ts';

/**
 * `npm run bench`: every figure the issues ask for, one line each, then bench/results.json and bench/results.md
 * (the table the README shows). Pass names to run a subset: `npm run bench -- sim handout`.
 */
const MODULES = ['sim', 'budget', 'widgets', 'handout', 'load', 'soak', 'room', 'smooth'] as const;

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const figures: Figure[] = [];
  for (const name of MODULES) {
    if (wanted.length && !wanted.includes(name)) continue;
    if (!existsSync(new URL(`./${name}.ts`, import.meta.url))) {
      console.log(`(bench/${name}.ts is missing: skipped)`);
      continue;
    }
    console.log(`— ${name}`);
    const mod = (await import(`./${name}.ts`)) as BenchModule;
    for (const f of await mod.run()) {
      figures.push(f);
      const verdict = f.ok === undefined ? '' : f.ok ? '  ok' : '  MISSED';
      console.log(`${f.label}: ${format(f.value)} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ''}${verdict}`);
    }
  }
  const taken = new Date().toISOString().slice(0, 10);
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ taken, figures }, null, 2)}\n`);
  const rows = figures.map(
    (f) =>
      `| ${f.label} | ${format(f.value)} ${f.unit} | ${f.goal ?? ''} | ${f.ok === undefined ? '' : f.ok ? 'yes' : 'no'} |`,
  );
  const table = [
    `Measured ${taken} on this 2-core machine (headless Chromium where a browser is involved).`,
    '',
    '| figure | value | goal | met |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(new URL('./results.md', import.meta.url), table);
  console.log(`\nwrote bench/results.json and bench/results.md (${figures.length} figures)`);
}

function format(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
