import type { ParamSpec, Params } from './types.ts';

/**
 * Every parameter, declared once: type, range, default, unit, label and meaning. Validation, slide controls,
 * the README's table and the property tests all read this. Ranges are "sensible": any value inside runs
 * without NaN or crash (the model clamps impossible combinations such as kRing ≥ nCommunity internally).
 */
const num = (
  name: keyof Params,
  min: number,
  max: number,
  def: number,
  label: string,
  meaning: string,
  unit?: string,
): ParamSpec => ({ name, type: 'number', min, max, default: def, label, meaning, ...(unit ? { unit } : {}) });
const int = (
  name: keyof Params,
  min: number,
  max: number,
  def: number,
  label: string,
  meaning: string,
  unit?: string,
): ParamSpec => ({ ...num(name, min, max, def, label, meaning, unit), type: 'integer' });

export const paramSchema: readonly ParamSpec[] = [
  {
    name: 'model',
    type: 'enum',
    values: ['pln', 'science'],
    default: 'pln',
    label: 'Model',
    meaning: "'pln' is the trust model; 'science' sets the same rules up as image scoring (Nowak & Sigmund 1998).",
  },
  int('nCommunity', 10, 200000, 100, 'Community size', 'Established members already in the network.', 'people'),
  int('kRing', 2, 40, 8, 'Ties per member', 'How many members each member follows at the start (both ways).'),
  num('rewire', 0, 1, 0.1, 'Rewiring', 'Share of starting ties redirected to a random member (small-world shortcuts).'),
  num('T0community', 0, 20, 3, 'Starting trust', 'Trust members already have in the members they follow.'),
  int('nGiveFirst', 0, 50, 5, 'Give-first newcomers', 'Newcomers who answer, share and thank from day one.', 'people'),
  int('nTaker', 0, 50, 5, 'Taker newcomers', 'Newcomers who only ask.', 'people'),
  int('nLurker', 0, 50, 5, 'Lurker newcomers', 'Newcomers who follow a few people and never post.', 'people'),
  int('nLapsed', 0, 50, 5, 'Lapsed newcomers', 'Newcomers who give until the stop tick, then stop.', 'people'),
  int('nLate', 0, 50, 5, 'Late newcomers', 'Newcomers who start giving only a little before moving day.', 'people'),
  int('mFollowNew', 0, 50, 5, 'Follows by a newcomer', 'Members each newcomer follows on arrival.', 'people'),
  int('f0', 0, 50, 2, 'Follow-backs', 'Members who follow a newcomer back on arrival (courtesy, no trust).', 'people'),
  num('pNeed', 0, 1, 0.1, 'Questions', 'Chance per tick that someone has a question and asks it.', 'per tick'),
  num('pSee', 0, 1, 0.5, 'Attention', 'Chance that a follower sees a given post.'),
  num('h0', 0, 1, 0.05, 'Help to strangers', 'Chance a member helps someone it does not trust at all.'),
  num('hMax', 0, 1, 0.9, 'Help to the trusted', 'Chance a member helps someone it trusts fully.'),
  num('thHelp', 0, 20, 2.5, 'Trust midpoint', 'Trust at which a member is halfway between h0 and hMax.'),
  num(
    'sHelp',
    0.05,
    5,
    0.5,
    'Trust steepness',
    'How sharply helping switches on around the midpoint (smaller = sharper).',
  ),
  int('capacity', 0, 20, 2, 'Capacity', 'Most helps one person gives in a tick.', 'per tick'),
  num('gAnswer', 0, 1, 0.8, 'Giver answers', 'Chance an active giver answers a question it sees.'),
  num('pShareCommunity', 0, 1, 0.1, 'Member sharing', 'Chance per tick a member shares a resource.', 'per tick'),
  num('pShareGiver', 0, 1, 0.2, 'Giver sharing', 'Chance per tick an active giver shares a resource.', 'per tick'),
  num('dDirect', 0, 5, 1, 'Trust from being helped', 'Trust the helped person gains in the helper.'),
  num('dObserve', 0, 5, 0.5, 'Trust from watching', 'Trust an onlooker gains in a helper or sharer.'),
  num('qGiverFollowers', 0, 1, 0.5, "Giver's audience", "Chance each of the helper's followers sees the help."),
  num('qAmp', 0, 1, 0.2, 'Amplification', 'Chance each follower of the helped person sees their "thanks @helper".'),
  num('decay', 0, 0.5, 0.02, 'Trust decay', 'Share of all trust that fades each tick.', 'per tick'),
  num('Tmax', 0.5, 20, 5, 'Trust ceiling', 'Most trust one person can hold in another.'),
  num('thFollow', 0.1, 20, 2, 'Follow threshold', 'Trust at which someone starts following.'),
  num('thUnfollow', 0, 20, 0.5, 'Unfollow threshold', 'Trust below which an earned follow is dropped.'),
  int('ticks', 1, 2000, 200, 'Length', 'Ticks in the run (think: days).', 'ticks'),
  int('tStop', 0, 2000, 75, 'Stop tick', 'Tick at which lapsed newcomers stop giving.', 'tick'),
  {
    name: 'movingDay',
    type: 'enum',
    values: ['on', 'off'],
    default: 'on',
    label: 'Moving day',
    meaning: "'off' runs without moving day: for slides shown before moving day is taught.",
  },
  int('tShock', 0, 2000, 150, 'Moving day', 'Tick at which every newcomer suddenly needs a lot of help.', 'tick'),
  int('H', 0, 50, 5, 'Help needed', 'Helps needed on moving day.', 'helps'),
  int('W', 1, 50, 5, 'Moving-day window', 'Ticks in which the moving-day help must arrive.', 'ticks'),
  int('lead', 0, 2000, 0, 'Head start', 'Ticks before moving day at which late newcomers start giving.', 'ticks'),
  num('b', 0, 10, 1, 'Benefit', 'Value of one help to the person helped.'),
  num('c', 0, 10, 0.2, 'Cost', 'Cost of one gift to the giver.'),
  num('q', 0, 1, 0.5, 'Reputation known', 'Science: chance a donor knows the recipient’s image score.'),
  int('generations', 1, 2000, 150, 'Generations', 'Science: generations of payoff-proportional reproduction.'),
  int('popSize', 10, 1000, 100, 'Population', 'Science: members in the complete graph.', 'people'),
  int('roundsPerGen', 1, 100, 30, 'Encounters', 'Science: times each member is donor per generation.'),
  num('mutation', 0, 0.5, 0.01, 'Mutation', 'Science: chance an offspring takes a random threshold.'),
];

export const paramNames: readonly (keyof Params)[] = paramSchema.map((s) => s.name);

export const specOf = (name: string): ParamSpec | undefined => paramSchema.find((s) => s.name === name);

export const defaultParams: Readonly<Params> = Object.freeze(
  Object.fromEntries(paramSchema.map((s) => [s.name, s.default])) as unknown as Params,
);
