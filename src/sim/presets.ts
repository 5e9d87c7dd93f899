import type { Params, StrategyName } from './types.ts';

/**
 * Named scenarios for slides: data only, each a few overrides of the schema defaults. Every strategy count not
 * named is set to 0, so a preset shows exactly the newcomers it is about.
 */
const none = { nGiveFirst: 0, nTaker: 0, nLurker: 0, nLapsed: 0, nLate: 0 } as const;

export const presets: Record<string, Partial<Params>> = {
  'give-first': { ...none, nGiveFirst: 5, nTaker: 5 },
  taker: { ...none, nTaker: 5, nGiveFirst: 5 },
  lurker: { ...none, nLurker: 5, nGiveFirst: 5 },
  compare: { nGiveFirst: 5, nTaker: 5, nLurker: 5, nLapsed: 5, nLate: 5 },
  'moving-day': { ...none, nGiveFirst: 5, nTaker: 5, nLurker: 5, nLate: 5, lead: 0 },
  lapsed: { ...none, nLapsed: 5, nGiveFirst: 5, tStop: 75 },
  science: { model: 'science', q: 0.5, b: 1, c: 0.2 },
};

export interface PresetInfo {
  title: string;
  /** claims of the source model this preset shows (ids from model-claims.md) */
  claims: string[];
  strategies: StrategyName[];
  /** the 2–4 parameters a slide should offer as sliders */
  controls: (keyof Params)[];
}

export const presetInfo: Record<string, PresetInfo> = {
  'give-first': {
    title: 'Give first: trust follows giving, help follows trust',
    claims: ['C2', 'C3', 'C4'],
    strategies: ['giveFirst', 'taker'],
    controls: ['pShareGiver', 'gAnswer', 'qAmp'],
  },
  taker: {
    title: 'Only asking: nobody owes a stranger an answer',
    claims: ['C2', 'C3'],
    strategies: ['taker', 'giveFirst'],
    controls: ['h0', 'pNeed', 'f0'],
  },
  lurker: {
    title: 'A profile and a few follows produce nothing',
    claims: ['C6'],
    strategies: ['lurker', 'giveFirst'],
    controls: ['mFollowNew', 'f0', 'h0'],
  },
  compare: {
    title: 'All five newcomers side by side',
    claims: ['C2', 'C3', 'C4', 'C5', 'C6', 'C7'],
    strategies: ['giveFirst', 'taker', 'lurker', 'lapsed', 'late'],
    controls: ['decay', 'h0', 'pShareGiver'],
  },
  'moving-day': {
    title: 'Moving day: make friends before you need them',
    claims: ['C5'],
    strategies: ['giveFirst', 'taker', 'lurker', 'late'],
    controls: ['lead', 'H', 'W'],
  },
  lapsed: {
    title: 'Tending: trust fades when giving stops',
    claims: ['C7'],
    strategies: ['lapsed', 'giveFirst'],
    controls: ['tStop', 'decay'],
  },
  science: {
    title: 'The community view: reputation works when it is seen (q > c/b)',
    claims: ['science'],
    strategies: [],
    controls: ['q', 'c', 'b'],
  },
};

export const presetNames: readonly string[] = Object.keys(presets);
