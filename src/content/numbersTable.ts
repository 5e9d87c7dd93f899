import type { Params, Run } from '../sim/types.ts';
import {
  cooperation,
  firstDayWithHelp,
  followersAt,
  helpBy,
  helpRatio,
  movingDayMet,
  movingDayShare,
  strategy,
  trustAt,
} from './runMeasures.ts';

/**
 * The numbers table: every sentence in the slides, the notes and docs/facilitator.md that says what a simulation
 * shows, listed once, beside the sim block it describes and how it is measured. test/slides/numbers.test.ts re-runs
 * each one over many seeds (the block's own preset and overrides, read from the parsed deck) and checks it holds the
 * way it is worded, and that the phrase still stands in the text it is attached to, in English and in each
 * translation (`translated`). Change a sentence, change its row; add a sentence about a result, add a row.
 */

/** Where a phrase stands: a slide (body or notes), found by its title, or a document of the kit. */
export type Place = { slide: string } | { doc: string };

/**
 * How a statement's wording quantifies over runs: 'every' (each run), 'most' (more than half of the runs), 'some'
 * (at least one run, and not most), 'mean' (the average over runs).
 */
type Holds = 'every' | 'most' | 'some' | 'mean';

export interface Statement {
  /** the words as they stand in the text (matched case-insensitively, spaces normalised) */
  phrase: string;
  /**
   * The same statement's words in each translated deck (`slides/<lang>/`) and guide (`docs/<lang>/facilitator.md`),
   * as they stand there. A translated slide is found by its position, the original's slide with the same index: the
   * structure check keeps slides and sim blocks in the same order, while titles differ.
   */
  translated: Readonly<Record<Translated, string>>;
  where: readonly Place[];
  /** title of the slide whose sim block the statement describes */
  sim: string;
  /** settings beyond the block's own (a slider position the notes ask for) */
  with?: Partial<Params>;
  /** how it is measured, in words */
  measure: string;
  value: (run: Run) => number;
  holds: Holds;
  /** the test the value (per run), or the mean of the values ('mean'), must pass */
  ok: (v: number) => boolean;
  /** 'mean' only: the looser test the run the slide shows by default must pass */
  shown?: (v: number) => boolean;
}

/** The languages the deck is translated into (`slides/<lang>/`). */
export type Translated = 'es';

const GUIDE: Place = { doc: 'docs/facilitator.md' };
const slide = (title: string): Place => ({ slide: title });
const GIVER_TAKER = 'Bet: giver or taker?';
const HOW_SOON = 'Bet: how soon does help come back?';
const TAKER = 'Bet: does the taker gain followers?';
const LATE = 'Bet: is 25 days of giving enough?';
const HOW_EARLY = 'How early is early enough?';
const LURKER = 'Bet: does lurking pay off?';
const LAPSED = 'Bet: does trust outlast giving?';
const GENEROUS = 'Where the advantage shrinks';
const SCIENCE = 'Bet: must reputations be seen?';

const end = (run: Run) => run.params.ticks;

export const numbersTable: readonly Statement[] = [
  {
    phrase: 'in every run the giver ends up with many times more help',
    translated: { es: 'en todas las ejecuciones quien da acaba recibiendo muchas veces más ayuda' },
    where: [slide('Notice: the gap comes from the rules'), GUIDE],
    sim: GIVER_TAKER,
    measure: 'help received over the run, give-first ÷ taker (means over each kind); "many times" = at least 5',
    value: (r) => helpRatio(r, 'giveFirst', 'taker'),
    holds: 'every',
    ok: (v) => v >= 5,
  },
  {
    phrase: 'trust is already climbing within the first week',
    translated: { es: 'la confianza ya está subiendo en la primera semana' },
    where: [slide('Notice: help lags trust'), GUIDE],
    sim: HOW_SOON,
    measure: "the community's trust in a give-first newcomer at day 7 is above zero",
    value: (r) => trustAt(r, 'giveFirst', 7),
    holds: 'every',
    ok: (v) => v > 0,
  },
  {
    phrase: 'By day twenty a giver has on average received less than one help',
    translated: { es: 'hacia el día veinte, quien da ha recibido de media menos de una ayuda' },
    where: [slide('Notice: help lags trust'), GUIDE],
    sim: HOW_SOON,
    measure: 'help received by a give-first newcomer by day 20, averaged over runs, is below 1',
    value: (r) => helpBy(r, 'giveFirst', 20),
    holds: 'mean',
    ok: (v) => v < 1,
    shown: (v) => v < 1,
  },
  {
    phrase: 'it takes around thirty days, on average, before each has received one',
    translated: { es: 'hacen falta unos treinta días, de media, hasta que cada uno ha recibido una' },
    where: [slide('Notice: help lags trust')],
    sim: HOW_SOON,
    measure: 'first day by which the give-first newcomers have received one help each on average; mean over runs 22–42',
    value: (r) => firstDayWithHelp(r, 'giveFirst'),
    holds: 'mean',
    ok: (v) => v >= 22 && v <= 42,
    shown: (v) => v >= 12 && v <= 60,
  },
  {
    phrase: 'in every run, the taker ends with exactly the followers they started with',
    translated: {
      es: 'en todas las ejecuciones, quien solo pide termina con exactamente los mismos seguidores con los que empezó',
    },
    where: [slide('Notice: the taker is unseen'), GUIDE],
    sim: TAKER,
    measure: "a taker's followers at the end minus at the start (mean over takers) is 0",
    value: (r) => followersAt(r, 'taker', end(r)) - followersAt(r, 'taker', 0),
    holds: 'every',
    ok: (v) => v === 0,
  },
  {
    phrase: 'on average about a third of the help needed arrives in time',
    translated: { es: 'de media llega a tiempo alrededor de un tercio de la ayuda necesaria' },
    where: [slide('Notice: trust has to come first'), GUIDE],
    sim: LATE,
    measure: "late starters' help inside the moving-day window as a share of the need H; mean over runs 0.2–0.45",
    value: (r) => movingDayShare(r, 'late'),
    holds: 'mean',
    ok: (v) => v >= 0.2 && v <= 0.45,
    shown: (v) => v >= 0.05 && v <= 0.7,
  },
  {
    phrase: 'the need is fully met only now and then',
    translated: { es: 'la necesidad se cubre por completo solo de vez en cuando' },
    where: [slide('Notice: trust has to come first')],
    sim: LATE,
    measure: 'share of late starters whose whole need was met in time; mean over runs at most 0.25',
    value: (r) => movingDayMet(r, 'late'),
    holds: 'mean',
    ok: (v) => v <= 0.25,
    shown: (v) => v <= 0.4,
  },
  {
    phrase: 'Someone who starts giving on moving day itself never has the need met',
    translated: { es: 'quien empieza a dar el mismo día de la mudanza nunca ve cubierta su necesidad' },
    where: [slide('Notice: trust has to come first')],
    sim: HOW_EARLY,
    with: { lead: 0 },
    measure: 'lead 0: share of late starters whose need was met is 0',
    value: (r) => movingDayMet(r, 'late'),
    holds: 'every',
    ok: (v) => v === 0,
  },
  {
    phrase: 'Starting fifty days ahead works for about half of the late starters',
    translated: { es: 'empezar cincuenta días antes funciona para aproximadamente la mitad de quienes empiezan tarde' },
    where: [slide('Notice: trust has to come first'), GUIDE],
    sim: HOW_EARLY,
    with: { lead: 50 },
    measure: 'lead 50: share of late starters whose need was met; mean over runs 0.4–0.7',
    value: (r) => movingDayMet(r, 'late'),
    holds: 'mean',
    ok: (v) => v >= 0.4 && v <= 0.7,
    shown: (v) => v >= 0.2 && v <= 0.8,
  },
  {
    phrase: 'a hundred days ahead for nearly all of them',
    translated: { es: 'cien días antes, para casi todos' },
    where: [slide('Notice: trust has to come first'), GUIDE],
    sim: HOW_EARLY,
    with: { lead: 100 },
    measure: 'lead 100: share of late starters whose need was met; mean over runs at least 0.85',
    value: (r) => movingDayMet(r, 'late'),
    holds: 'mean',
    ok: (v) => v >= 0.85,
    shown: (v) => v >= 0.8,
  },
  {
    phrase: 'almost none of the help they need arrives',
    translated: { es: 'no llega casi nada de la ayuda que necesita' },
    where: [slide('Notice: following is not connecting'), GUIDE],
    sim: LURKER,
    measure: "lurkers' help inside the moving-day window as a share of the need H is below 0.25",
    value: (r) => movingDayShare(r, 'lurker'),
    holds: 'every',
    ok: (v) => v < 0.25,
  },
  {
    phrase: 'their need is met in none of the runs',
    translated: { es: 'su necesidad no se cubre en ninguna de las ejecuciones' },
    where: [slide('Notice: following is not connecting')],
    sim: LURKER,
    measure: 'share of lurkers whose whole moving-day need was met is 0',
    value: (r) => movingDayMet(r, 'lurker'),
    holds: 'every',
    ok: (v) => v === 0,
  },
  {
    phrase: 'Before moving day, the lurker received no help at all',
    translated: { es: 'antes del día de la mudanza, el mirón no recibió ninguna ayuda' },
    where: [slide('Notice: following is not connecting'), GUIDE],
    sim: LURKER,
    measure: 'help received by lurkers by the day before moving day is 0',
    value: (r) => helpBy(r, 'lurker', r.params.tShock - 1),
    holds: 'every',
    ok: (v) => v === 0,
  },
  {
    phrase: 'trust in them is less than a third of what it was when they stopped',
    translated: { es: 'la confianza en ellos es menos de un tercio de la que tenían cuando pararon' },
    where: [slide('Notice: trust fades when giving stops')],
    sim: LAPSED,
    measure: 'trust in lapsed givers the day before moving day ÷ trust on the day they stopped is below 1/3',
    value: (r) => trustAt(r, 'lapsed', r.params.tShock - 1) / trustAt(r, 'lapsed', r.params.tStop),
    holds: 'every',
    ok: (v) => v < 1 / 3,
  },
  {
    phrase: 'Their followers mostly stay',
    translated: { es: 'sus seguidores se quedan en su mayoría' },
    where: [slide('Notice: trust fades when giving stops'), GUIDE],
    sim: LAPSED,
    measure: "lapsed givers' followers the day before moving day ÷ followers when they stopped is above 1/2",
    value: (r) => followersAt(r, 'lapsed', r.params.tShock - 1) / followersAt(r, 'lapsed', r.params.tStop),
    holds: 'every',
    ok: (v) => v > 0.5,
  },
  {
    phrase: 'none of the five has their moving-day need met, in any run',
    translated: { es: 'ninguno de los cinco ve cubierta su necesidad el día de la mudanza, en ninguna ejecución' },
    where: [slide('Notice: trust fades when giving stops'), GUIDE],
    sim: LAPSED,
    measure: 'share of lapsed givers whose whole moving-day need was met is 0',
    value: (r) => movingDayMet(r, 'lapsed'),
    holds: 'every',
    ok: (v) => v === 0,
  },
  {
    phrase: 'With a fade four times slower, most of them get the help they need',
    translated: { es: 'con un desvanecimiento cuatro veces más lento, la mayoría recibe la ayuda que necesita' },
    where: [slide('Notice: trust fades when giving stops'), GUIDE],
    sim: LAPSED,
    with: { decay: 0.005 },
    measure: 'decay 0.005: more than half of the lapsed givers have their whole moving-day need met',
    value: (r) => movingDayMet(r, 'lapsed'),
    holds: 'most',
    ok: (v) => v > 0.5,
  },
  {
    phrase: 'many times what a taker got in the earlier runs',
    translated: { es: 'muchas veces lo que recibía quien solo pide en las ejecuciones anteriores' },
    where: [slide(GENEROUS)],
    sim: GENEROUS,
    measure: "a taker's help over the run is at least 5 (in the giver-or-taker runs a taker gets under 2)",
    value: (r) => strategy(r, 'taker').helpReceived,
    holds: 'every',
    ok: (v) => v >= 5,
  },
  {
    phrase: "the giver's lead shrinks from many times to a few times",
    translated: { es: 'la ventaja de quien da se reduce de muchas veces a unas pocas veces' },
    where: [slide(GENEROUS), GUIDE],
    sim: GENEROUS,
    measure: 'help received over the run, give-first ÷ taker, is between 2 and 10',
    value: (r) => helpRatio(r, 'giveFirst', 'taker'),
    holds: 'every',
    ok: (v) => v >= 2 && v <= 10,
  },
  {
    phrase: 'With q at one in ten, helping collapses in every run',
    translated: { es: 'con q en uno de cada diez, la ayuda se derrumba en todas las ejecuciones' },
    where: [slide('Notice: needed, not enough')],
    sim: SCIENCE,
    with: { q: 0.1 },
    measure: 'q 0.1: share of donations that are gifts in the final generations is below 0.1',
    value: cooperation,
    holds: 'every',
    ok: (v) => v < 0.1,
  },
  {
    phrase: 'with q at one half, it survives in every run',
    translated: { es: 'con q en un medio, sobrevive en todas las ejecuciones' },
    where: [slide('Notice: needed, not enough'), GUIDE],
    sim: SCIENCE,
    with: { q: 0.5 },
    measure: 'q 0.5: share of donations that are gifts in the final generations is above 0.9',
    value: cooperation,
    holds: 'every',
    ok: (v) => v > 0.9,
  },
  {
    phrase: 'at q = 0.24, only some runs keep helping',
    translated: { es: 'con q = 0,24, solo algunas ejecuciones mantienen la ayuda' },
    where: [slide('Notice: needed, not enough'), GUIDE],
    sim: SCIENCE,
    with: { q: 0.24 },
    measure: 'q 0.24 (1.2 × c/b): gifts above half of donations in the final generations, in some runs but not most',
    value: cooperation,
    holds: 'some',
    ok: (v) => v > 0.5,
  },
];
