import type { Messages } from '../i18n/index.ts';
import type { Params, Run } from '../sim/types.ts';
import { cooperation, firstDayWithHelp, followersAt, helpRatio, movingDayMet, movingDayShare } from './runMeasures.ts';
import type { SimBlock } from './types.ts';

/**
 * For each bet in the deck: which of its choices a run supports, and how that is measured. The room's page and the
 * reading view say "the model says …" from `choose`; test/slides/numbers.test.ts checks, over many seeds and on the
 * block's own seed, that the model supports `supports` the way `holds` says. Keyed by the bet's sim block id
 * (`s<h>-<v>-<n>`, its place in the deck): a translation keeps every slide and sim block in place (checkTranslation),
 * so the same rule answers the Spanish deck's bet; the preset and the number of choices must match too, so another
 * deck's block at the same place gets no rule.
 */
export interface BetRule {
  /** id of the sim block that asks the bet */
  block: string;
  /** the English title of its slide (a label for people; the numbers test checks it still names the block's slide) */
  sim: string;
  /** the block's preset: a block at the same place with another preset is another bet */
  preset: string;
  /** how many choices the bet offers */
  choices: number;
  /** how the answer is measured, in words a participant can follow (the catalogue's, in the page's language) */
  measure: (m: Messages) => string;
  /** the runs the answer needs, each the block's settings plus these (one run with none: `[{}]`) */
  variants: readonly Partial<Params>[];
  /** index into the block's `bet.choices` that these runs (one per variant, same seed) support */
  choose: (runs: readonly Run[]) => number;
  /** the choice the model supports … */
  supports: number;
  /** … in every run, or in most runs */
  holds: 'every' | 'most';
}

const one = [{}] as const;
const first = (runs: readonly Run[]): Run => runs[0]!;

export const betRules: readonly BetRule[] = [
  {
    block: 's7-0-0',
    sim: 'Bet: giver or taker?',
    preset: 'give-first',
    choices: 3,
    measure: (m) => m.betMeasureGiverOrTaker(),
    variants: one,
    choose: (runs) => {
      const r = helpRatio(first(runs), 'giveFirst', 'taker');
      return r < 1.5 ? 0 : r < 5 ? 1 : 2;
    },
    supports: 2,
    holds: 'every',
  },
  {
    block: 's11-0-0',
    sim: 'Bet: how soon does help come back?',
    preset: 'give-first',
    choices: 3,
    measure: (m) => m.betMeasureHowSoon(),
    variants: one,
    choose: (runs) => {
      const day = firstDayWithHelp(first(runs), 'giveFirst');
      return day <= 7 ? 0 : Number.isFinite(day) ? 1 : 2;
    },
    supports: 1,
    holds: 'every',
  },
  {
    block: 's13-0-0',
    sim: 'Bet: does the taker gain followers?',
    preset: 'taker',
    choices: 3,
    measure: (m) => m.betMeasureTakerFollowers(),
    variants: one,
    choose: (runs) => {
      const r = first(runs);
      const gained = followersAt(r, 'taker', r.params.ticks) - followersAt(r, 'taker', 0);
      return gained >= 3 ? 0 : gained > 0 ? 1 : 2;
    },
    supports: 2,
    holds: 'every',
  },
  {
    block: 's17-0-0',
    sim: 'Bet: is 25 days of giving enough?',
    preset: 'moving-day',
    choices: 3,
    measure: (m) => m.betMeasureEnough(),
    variants: one,
    choose: (runs) => {
      const r = first(runs);
      if (movingDayMet(r, 'late') >= 1) return 2;
      return movingDayShare(r, 'late') < 0.1 ? 0 : 1;
    },
    supports: 1,
    holds: 'most',
  },
  {
    block: 's17-1-0',
    sim: 'How early is early enough?',
    preset: 'moving-day',
    choices: 3,
    measure: (m) => m.betMeasureHowEarly(),
    variants: [{ lead: 15 }, { lead: 30 }, { lead: 60 }],
    choose: (runs) => {
      const k = runs.findIndex((r) => movingDayMet(r, 'late') > 0.5);
      return k < 0 ? 2 : k;
    },
    supports: 2,
    holds: 'most',
  },
  {
    block: 's20-0-0',
    sim: 'Bet: does lurking pay off?',
    preset: 'lurker',
    choices: 3,
    measure: (m) => m.betMeasureLurking(),
    variants: one,
    choose: (runs) => {
      const share = movingDayShare(first(runs), 'lurker');
      return share >= 0.6 ? 0 : share >= 0.25 ? 1 : 2;
    },
    supports: 2,
    holds: 'every',
  },
  {
    block: 's23-0-0',
    sim: 'Bet: does trust outlast giving?',
    preset: 'lapsed',
    choices: 3,
    measure: (m) => m.betMeasureTrustOutlast(),
    variants: one,
    choose: (runs) => {
      const met = movingDayMet(first(runs), 'lapsed');
      return met >= 1 ? 0 : met > 0 ? 1 : 2;
    },
    supports: 2,
    holds: 'every',
  },
  {
    block: 's25-0-0',
    sim: 'Where the advantage shrinks',
    preset: 'give-first',
    choices: 3,
    measure: (m) => m.betMeasureAdvantage(),
    variants: one,
    choose: (runs) => {
      const r = helpRatio(first(runs), 'giveFirst', 'taker');
      return r >= 10 ? 0 : r >= 1.5 ? 1 : 2;
    },
    supports: 1,
    holds: 'every',
  },
  {
    block: 's27-0-0',
    sim: 'Bet: must reputations be seen?',
    preset: 'science',
    choices: 3,
    measure: (m) => m.betMeasureReputation(),
    variants: one,
    choose: (runs) => {
      const c = cooperation(first(runs));
      return c >= 0.7 ? 0 : c >= 0.3 ? 1 : 2;
    },
    supports: 2,
    holds: 'every',
  },
];

/** The rule for a bet's sim block, if the deck has one: same place in the deck, same preset, same number of choices. */
export function betRuleFor(block: Pick<SimBlock, 'id' | 'preset' | 'bet'>): BetRule | undefined {
  return betRules.find(
    (r) => r.block === block.id && r.preset === block.preset && r.choices === block.bet?.choices.length,
  );
}

/** "The model says: …" for a bet's choices, given the index its rule picked (see ./betVerdict.ts). */
export function modelSays(rule: BetRule, choices: readonly string[], choice: number, m: Messages): string {
  return m.betModelSays({ choice: choices[choice] ?? '?', measure: rule.measure(m) });
}
