/**
 * The simulation's public data shapes. Plain data only: a frame is rebuilt from (params, seed, tick),
 * which is what lets the speaker view, the audience screen, the reader and the handout agree.
 */

/** Newcomer strategies of the PLN model (see ../shared sim-model, "Newcomer strategies"). */
export type StrategyName = 'giveFirst' | 'taker' | 'lurker' | 'lapsed' | 'late';
export const STRATEGIES: readonly StrategyName[] = ['giveFirst', 'taker', 'lurker', 'lapsed', 'late'];

/** Which rule set runs: the PLN-Trust model, or the same primitives set up as image scoring. */
type ModelName = 'pln' | 'science';

/** Every parameter is a number except `model`; counts and ticks are integers (the schema says which). */
export interface Params {
  model: ModelName;
  // community
  nCommunity: number;
  kRing: number;
  rewire: number;
  T0community: number;
  // newcomers per strategy
  nGiveFirst: number;
  nTaker: number;
  nLurker: number;
  nLapsed: number;
  nLate: number;
  mFollowNew: number;
  f0: number;
  // needs and helping
  pNeed: number;
  pSee: number;
  h0: number;
  hMax: number;
  thHelp: number;
  sHelp: number;
  capacity: number;
  gAnswer: number;
  // sharing and observation
  pShareCommunity: number;
  pShareGiver: number;
  dDirect: number;
  dObserve: number;
  qGiverFollowers: number;
  qAmp: number;
  // trust dynamics and attention
  decay: number;
  Tmax: number;
  thFollow: number;
  thUnfollow: number;
  // timeline
  ticks: number;
  tStop: number;
  /** 'off': no moving day in this run (a slide before moving day is taught); tShock then means nothing */
  movingDay: 'on' | 'off';
  tShock: number;
  H: number;
  W: number;
  lead: number;
  // payoff
  b: number;
  c: number;
  // science mode (image scoring); the sim core may add more science parameters to the schema
  q: number;
  generations: number;
  /** science mode: population size (complete graph) */
  popSize: number;
  /** science mode: donor–recipient encounters per member per generation */
  roundsPerGen: number;
  /** science mode: chance that an offspring's threshold is redrawn at random */
  mutation: number;
}

declare const resolved: unique symbol;

/**
 * A whole parameter set, checked and merged with the defaults by `resolveParams` (validate.ts), the one function that
 * makes it. The engine's and the readable model's entry points take only this, so the compiler shows that nothing
 * between a slide and the pixels resolves twice. The mark is a type alone (nothing at run time): a resolved set
 * stays plain data through JSON and a worker's message.
 */
export type ResolvedParams = Params & { readonly [resolved]: true };

/**
 * Parameters as a person, a file or a test gives them: any subset, not yet checked. Never a resolved set (passing one
 * is a type error): what was resolved goes to the engine's own entry points, not through a second resolve.
 */
export type RawParams = Partial<Params> & { readonly [resolved]?: never };

/** One parameter's declaration: drives validation, controls and tests. */
export interface ParamSpec {
  name: keyof Params;
  type: 'number' | 'integer' | 'enum';
  min?: number;
  max?: number;
  values?: readonly string[];
  default: number | string;
  unit?: string;
  label: string;
  meaning: string;
}

export interface StrategySeries {
  /** cumulative help received, per tick (index = tick, length = ticks + 1, index 0 = start) */
  helpReceived: number[];
  /** mean over the strategy's newcomers of the total trust others hold in them, per tick */
  trustIn: number[];
  /** mean follower count, per tick */
  followers: number[];
}

export interface StrategyResult {
  count: number;
  helpReceived: number;
  gives: number;
  payoff: number;
  /** share of this strategy's newcomers whose moving-day need was met, 0..1 */
  movingDayMet: number;
  series: StrategySeries;
}

export interface Run {
  params: Params;
  seed: number;
  byStrategy: Partial<Record<StrategyName, StrategyResult>>;
  /** science mode only: share of donations that were gifts in the final generations, 0..1 */
  cooperation?: number;
  /** science mode only: cooperation per generation */
  cooperationByGeneration?: number[];
}

export type AgentKind = 'member' | StrategyName;

export interface AgentView {
  id: number;
  kind: AgentKind;
  /** total trust that others hold in this agent at this tick */
  trustIn: number;
  followers: number;
  helpReceived: number;
  gives: number;
}

export interface EdgeView {
  /** `from` follows `to` (from sees to's posts) */
  from: number;
  to: number;
  earned: boolean;
  /** from's trust in to, 0..Tmax */
  trust: number;
}

export interface HelpEvent {
  giver: number;
  receiver: number;
}

/** What a renderer draws: the state after `tick` ticks. */
export interface Frame {
  tick: number;
  agents: AgentView[];
  edges: EdgeView[];
  /** help given during this tick (empty at tick 0) */
  events: HelpEvent[];
  /** moving day and stop-giving moments, for annotations */
  tShock: number;
  tStop: number;
}

/** A live, steppable simulation (one instance per widget; no shared state between instances). */
export interface Sim {
  readonly params: ResolvedParams;
  readonly seed: number;
  readonly tick: number;
  /** advance one tick (no-op at params.ticks) and return the new frame */
  step(): Frame;
  /** the frame at tick t (clamped to 0..ticks), seeking backwards through checkpoints */
  stateAt(t: number): Frame;
  frame(): Frame;
  /** a stable hash of the full internal state at the current tick (determinism checks) */
  hash(): string;
}
