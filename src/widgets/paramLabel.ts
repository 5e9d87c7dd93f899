import type { Messages } from '../i18n/index.ts';
import type { ParamSpec, Params } from '../sim/types.ts';

/**
 * Every parameter's label in the page's language, unit included ("Head start (ticks)"): src/sim/schema.ts has the
 * English `label` and `unit` (the README's table and the authors' reference); the catalogue has what a person reads
 * beside a slider. A Record of every key of Params, so a parameter added to the model without a label fails tsc.
 */
const LABELS: Record<keyof Params, (m: Messages) => string> = {
  model: (m) => m.paramModel(),
  nCommunity: (m) => m.paramNCommunity(),
  kRing: (m) => m.paramKRing(),
  rewire: (m) => m.paramRewire(),
  T0community: (m) => m.paramT0community(),
  nGiveFirst: (m) => m.paramNGiveFirst(),
  nTaker: (m) => m.paramNTaker(),
  nLurker: (m) => m.paramNLurker(),
  nLapsed: (m) => m.paramNLapsed(),
  nLate: (m) => m.paramNLate(),
  mFollowNew: (m) => m.paramMFollowNew(),
  f0: (m) => m.paramF0(),
  pNeed: (m) => m.paramPNeed(),
  pSee: (m) => m.paramPSee(),
  h0: (m) => m.paramH0(),
  hMax: (m) => m.paramHMax(),
  thHelp: (m) => m.paramThHelp(),
  sHelp: (m) => m.paramSHelp(),
  capacity: (m) => m.paramCapacity(),
  gAnswer: (m) => m.paramGAnswer(),
  pShareCommunity: (m) => m.paramPShareCommunity(),
  pShareGiver: (m) => m.paramPShareGiver(),
  dDirect: (m) => m.paramDDirect(),
  dObserve: (m) => m.paramDObserve(),
  qGiverFollowers: (m) => m.paramQGiverFollowers(),
  qAmp: (m) => m.paramQAmp(),
  decay: (m) => m.paramDecay(),
  Tmax: (m) => m.paramTmax(),
  thFollow: (m) => m.paramThFollow(),
  thUnfollow: (m) => m.paramThUnfollow(),
  ticks: (m) => m.paramTicks(),
  tStop: (m) => m.paramTStop(),
  movingDay: (m) => m.paramMovingDay(),
  tShock: (m) => m.paramTShock(),
  H: (m) => m.paramH(),
  W: (m) => m.paramW(),
  lead: (m) => m.paramLead(),
  b: (m) => m.paramB(),
  c: (m) => m.paramC(),
  q: (m) => m.paramQ(),
  generations: (m) => m.paramGenerations(),
  popSize: (m) => m.paramPopSize(),
  roundsPerGen: (m) => m.paramRoundsPerGen(),
  mutation: (m) => m.paramMutation(),
};

/** A parameter's label, as a slider shows it, in the catalogue `m`'s language. */
export function paramLabel(m: Messages, p: Pick<ParamSpec, 'name'>): string {
  return LABELS[p.name](m);
}
