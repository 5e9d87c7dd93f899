import { parseHandoutArgs, USAGE, UsageError } from './handoutArgs.ts';
import { exportHandout } from './handoutExport.ts';

/** `npm run handout -- [--paper a4|letter] [--layout notes|1up|3up|script] [--out FILE] [--lang en|es] [--bets FILE]`: the printable handout as a PDF. */
async function main(): Promise<void> {
  let args: ReturnType<typeof parseHandoutArgs>;
  try {
    args = parseHandoutArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`handout: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  await exportHandout({ ...args, onProgress: (stage, detail) => console.log(`[${stage}] ${detail}`) });
}

main().catch((error: unknown) => {
  console.error(`handout: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
