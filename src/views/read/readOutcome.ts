import { type Run, STRATEGIES, type StrategyName } from '../../sim/types.ts';

/** The people of the model as the slides name them. */
const WHO: Record<StrategyName, string> = {
  giveFirst: 'the giver',
  taker: 'the taker',
  lurker: 'the lurker',
  lapsed: 'the giver who stopped',
  late: 'the late starter',
};

const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toString();
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The numbers a finished run came to, in one or two plain sentences. */
export function describeRun(run: Run): string {
  if (run.params.model === 'science') {
    const share = run.cooperation;
    return share === undefined
      ? 'The run finished.'
      : `By the last generations, ${percent(share)} of chances to help were taken (q = ${run.params.q}).`;
  }
  const present = STRATEGIES.filter((name) => run.byStrategy[name]);
  if (present.length === 0) return 'The run finished.';
  const help = present.map((name) => `${WHO[name]} ${oneDecimal(run.byStrategy[name]!.helpReceived)}`).join(', ');
  const sentences = [`Help received over ${run.params.ticks} days: ${help}.`];
  const { tShock, W, ticks, movingDay } = run.params;
  if (movingDay !== 'off' && tShock + W <= ticks + 1) {
    const met = present.map((name) => `${WHO[name]} ${percent(run.byStrategy[name]!.movingDayMet)}`).join(', ');
    sentences.push(`Moving day on day ${tShock}, need met: ${met}.`);
  }
  return sentences.join(' ');
}

/** "You bet X — here is how it came out: … The model says: …" (the last from the bet's rule, when it has one) */
export function describeBetOutcome(choice: string, run: Run, modelSays?: string): string {
  return `You bet “${choice}” — here is how it came out. ${describeRun(run)}${modelSays ? ` ${modelSays}` : ''}`;
}
