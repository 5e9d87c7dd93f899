import { parseArgs } from 'node:util';
import { LOCALES } from '../src/i18n/index.ts';
import { type HandoutLayout, type HandoutPaper, LAYOUTS, PAPERS } from '../src/views/handout/handoutOptions.ts';

export interface HandoutArgs {
  paper: HandoutPaper;
  layout: HandoutLayout;
  out: string;
  /** the handout's language (`?lang=`); undefined: the page's own choice, English in a headless browser */
  lang?: string;
  /** a participant's take-home file from the room (its bets and the room's split print on the bet slides) */
  bets?: string;
}

export const USAGE = `Usage: npm run handout -- [--paper a4|letter] [--layout notes|1up|3up|script] [--out FILE] [--lang en|es] [--bets FILE]

  --paper   page size (default a4)
  --layout  notes:  every slide with its narrative (default)
            1up:    one slide a page, large, its narrative below
            3up:    three slides a page with ruled lines for your own notes
            script: the presenter's script: one slide a page, its notes and its cues (marked CUE)
  --out     where to write the PDF (default handout.pdf)
  --lang    the language of the slides and the handout's own words (default en); the PDF's language follows it
  --bets    a participant's file from the room ("Download my bets" on the phone): their bet, the room's split and
            the model's answer print on each bet slide; a file that is not one stops the export`;

/** A command-line mistake: the script prints it with the usage and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value as T)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** `process.argv.slice(2)` → options, or a UsageError naming the bad one. */
export function parseHandoutArgs(argv: string[]): HandoutArgs {
  let values: { paper?: string; layout?: string; out?: string; lang?: string; bets?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        paper: { type: 'string' },
        layout: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        bets: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out needs a file name');
  if (values.bets !== undefined && !values.bets.trim()) throw new UsageError('--bets needs a file name');
  return {
    paper: oneOf('paper', values.paper, PAPERS, 'a4'),
    layout: oneOf('layout', values.layout, LAYOUTS, 'notes'),
    out: values.out ?? 'handout.pdf',
    ...(values.lang === undefined ? {} : { lang: oneOf('lang', values.lang, LOCALES, 'en') }),
    ...(values.bets === undefined ? {} : { bets: values.bets }),
  };
}
