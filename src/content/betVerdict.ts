import { type Params, presets, simulate } from '../sim/index.ts';
import { type BetRule, betRuleFor } from './betRules.ts';
import type { SimBlock } from './types.ts';

export interface BetVerdict {
  /** index into the block's `bet.choices` that the model supports */
  choice: number;
  rule: BetRule;
}

/**
 * Which of a bet's choices the model supports, by the bet's rule (./betRules.ts): the rule's runs are the block's
 * preset and overrides (or `run.params`, e.g. a reader's moved sliders), each with one of the rule's variants on top,
 * all on the block's seed (or `run.seed`). Null when the bet has no rule (another deck) or the rule's pick is not one
 * of the choices: then nobody is told what the model says. The room's server and the reading view both ask here, so
 * a phone and a reader get the same answer for the same run.
 */
export function betVerdict(block: SimBlock, run?: { params: Partial<Params>; seed: number }): BetVerdict | null {
  const rule = betRuleFor(block);
  if (!rule || !block.bet) return null;
  const base = run?.params ?? { ...presets[block.preset], ...block.overrides };
  const seed = run?.seed ?? block.seed;
  const choice = rule.choose(rule.variants.map((v) => simulate({ ...base, ...v } as Partial<Params>, seed)));
  return Number.isInteger(choice) && choice >= 0 && choice < block.bet.choices.length ? { choice, rule } : null;
}
