/**
 * The interface's English catalogue: the source every other language's catalogue must match (same keys, same
 * parameters; see messages/es.ts and test/i18n/catalogue.test.ts).
 *
 * Each message is a whole sentence (or label) with named parameters, written as a function so TypeScript checks
 * every call and every translation. Never build a sentence from pieces at the call site: if a view needs
 * "N slides", add a message taking `{ count }` and choose the form with `plural()`; numbers go through
 * `formatNumber`/`formatPercent` from ../format.ts with this catalogue's locale.
 */
import { formatNumber, formatPercent, plural } from '../format.ts';

const n = (value: number) => formatNumber('en', value);
const n1 = (value: number) => formatNumber('en', value, 1);
const n2 = (value: number) => formatNumber('en', value, 2);

export const en = {
  // views/shared/viewChoice.ts: the ways into the workshop, on the first slide
  viewChoiceLabel: () => 'Ways to use this workshop',
  viewChoiceRead: () => 'Read at your own pace',
  viewChoiceReadTitle: () => 'The narrative under every slide, simulations to try, your place kept.',
  viewChoiceHandout: () => 'Printable handout',
  viewChoiceHandoutTitle: () => 'Slides, notes and simulation results, ready to print or save as PDF.',
  viewChoiceSpeakerHint: ({ key }: { key: string }) => `Presenting? Press ${key} for the speaker view.`,

  // index.html, handout.html: the page's <meta name=description>, set in the page's language (views/shared/pageDeck.ts)
  metaDescriptionPresent: () => 'Give First: a workshop on personal learning networks. Give so you can get.',
  metaDescriptionHandout: () => 'Give First: the printable handout of a workshop on personal learning networks.',

  // views/present/revealChrome.ts: reveal.js's own controls, named in the page's language
  presentPrevious: () => 'previous slide',
  presentNext: () => 'next slide',
  presentAbove: () => 'above slide',
  presentBelow: () => 'below slide',
  presentResume: () => 'Resume presentation',

  // i18n/startLocale.ts: a `?lang=` the page could not use
  languageIgnored: ({ value }: { value: string }) =>
    `The language “${value}” is not available here, so this page is in English.`,

  // #20 hardening: a key of the page's address whose value the page ignored (views/shared/kitQuery.ts)
  addressIgnored: ({ key, value }: { key: string; value: string }) =>
    `“${key}=${value}” in the address was not used: this page does not know that value, or the key came twice.`,

  // views/handout*.ts: the printable handout (cover, footer, worksheet, toolbar)
  handoutDocumentTitle: ({ title }: { title: string }) => `${title}: handout`,
  handoutFooter: ({ title, licence }: { title: string; licence: string }) => `${title} · ${licence}`,
  /** `page` and `total` are the print's page counters */
  handoutFooterPage: ({ page, total }: { page: string; total: string }) => `${page} / ${total}`,
  handoutKicker: () => 'Workshop handout',
  handoutKickerScript: () => "Presenter's script",
  handoutAbout: ({ minutes, slides }: { minutes: number; slides: number }) =>
    `This is the handout of a ${n(minutes)}-minute workshop about personal learning networks, in ${n(slides)} slides.`,
  handoutAboutUntimed: ({ slides }: { slides: number }) =>
    `This is the handout of a workshop about personal learning networks, in ${n(slides)} slides.`,
  handoutAboutScript: ({ minutes, slides }: { minutes: number; slides: number }) =>
    `This is the script of a ${n(minutes)}-minute workshop about personal learning networks, in ${n(slides)} slides.`,
  handoutAboutScriptUntimed: ({ slides }: { slides: number }) =>
    `This is the script of a workshop about personal learning networks, in ${n(slides)} slides.`,
  handoutLayoutNotes: () => 'Each slide is printed with the narrative the presenter tells.',
  handoutLayout1up: () =>
    'Each slide has a page of its own, printed large, with the narrative the presenter tells below it.',
  handoutLayout3up: () =>
    'Three slides are printed a page, each beside ruled lines for your own notes; the narrative is not printed ' +
    '(it is in the notes layout and the reading version).',
  handoutLayoutScript: () =>
    "Each slide has a page of its own with the presenter's notes in full. Every cue for the presenter (what to do, " +
    "not what to say) is marked CUE in a ruled box; the participants' handouts leave the cues out.",
  handoutFigures: ({ count }: { count: number }) =>
    plural('en', count, {
      one: 'The live simulation is printed as a picture of where its run ends up, its numbers beside it.',
      other: `Each of the ${n(count)} live simulations is printed as a picture of where its run ends up, its numbers beside it.`,
    }),
  handoutSeeded: () =>
    'Every run is seeded, so the same simulation in the online kit replays exactly what is printed here.',
  handoutContents: () => 'Contents',
  handoutLicence: ({ licence }: { licence: string }) => `This kit is licensed under ${licence}.`,
  handoutReuse: () => 'Reuse and adapt it: credit the sources, say what you changed, share alike.',
  handoutQrLabel: ({ url }: { url: string }) => `QR code for ${url}`,
  handoutOnline: ({ url }: { url: string }) =>
    `The live simulations, the slides and a reading version are online at ${url}`,
  handoutPlanTitle: () => 'Your give-first plan',
  handoutPlanIntro: () => 'As you wrote it in the reading version of this workshop. Check it in two weeks.',
  handoutWorksheetTitle: () => 'Worksheet: your give-first plan',
  handoutWorksheetIntro: () => 'For the next two weeks. Be modest: something you can keep up on a busy week.',
  handoutToolbarLabel: () => 'Handout options',
  handoutPrint: () => 'Print or save as PDF',
  handoutLayoutChoiceNotes: () => 'Slides + narrative',
  handoutLayoutChoice1up: () => '1 slide a page + narrative',
  handoutLayoutChoice3up: () => '3 slides a page + lines',
  handoutLayoutChoiceScript: () => "Speaker's script (notes + cues)",
  handoutPaperA4: () => 'A4',
  handoutPaperLetter: () => 'Letter',
  handoutBack: () => 'Back to the slides',

  // views/read*.ts: the reading view
  readDocumentTitle: ({ title }: { title: string }) => `${title} · read at your own pace`,
  readSkip: () => 'Skip to the slide you are reading',
  readKicker: () => 'Read at your own pace',
  readToolsLabel: () => 'Reading tools',
  readPresent: () => 'Present this',
  readHandout: () => 'Print handout',
  readStartOver: () => 'Start over',
  readImportBets: () => 'Import my bets from the room',
  readImportUnreadable: () => 'That file could not be read as bets from the room, so nothing changed.',
  readImportEmpty: () => 'That file holds no bets on this workshop, so nothing changed.',
  readImported: ({ count }: { count: number }) =>
    plural('en', count, {
      one: 'Imported 1 bet from the room.',
      other: `Imported ${n(count)} bets from the room.`,
    }),
  readLicence: ({ licence }: { licence: string }) => `Licence: ${licence}`,
  readSlideOf: ({ slide, total }: { slide: number; total: number }) => `Slide ${n(slide)} of ${n(total)}`,
  readSlideLabel: ({ slide }: { slide: number }) => `Slide ${n(slide)}`,
  readContents: () => 'Contents',
  readLastPlace: ({ slide }: { slide: number }) => `You were last reading slide ${n(slide)}.`,
  readGoBack: () => 'Go back there',
  readStartOverConfirm: () => 'Start over? This forgets your place, your bets and your plan on this device.',
  readStartedOver: () => 'Started over: your place, bets and plan were cleared.',
  readOtherVersion: () => 'Your saved place belonged to another version of this workshop; your plan was kept.',
  readUnreadable: () => 'Your saved place could not be read, so the reading starts fresh.',
  readOldVersion: () => 'Your saved place came from an older version of this page, so the reading starts fresh.',
  readPlanTitle: () => 'Your give-first plan',
  readPlanIntro: () =>
    'For the next two weeks. Be modest: something you can keep up in a busy week. ' +
    'Your answers stay on this device and appear in the printed handout.',
  readPlanSaved: () => 'Saved on this device.',
  readPlanPrint: () => 'Print the handout with your plan',

  // views/read/readBets.ts, readOutcome.ts and content/betRules.ts: a bet in the reading view, and how its run came out
  readBetTag: () => 'Place your bet:',
  readBetSubmit: () => 'Place my bet and show the simulation',
  readBetPickFirst: () => 'Pick one of the answers first.',
  /** `choice` is the slide's own words: the view finds them in the sentence and sets them in bold */
  readBetPlaced: ({ choice }: { choice: string }) => `Your bet: ${choice}`,
  readBetOutcome: ({ choice }: { choice: string }) => `You bet “${choice}”. Here is how it came out.`,
  readOutcomeFinished: () => 'The run finished.',
  readOutcomeScience: ({ share, q }: { share: number; q: number }) =>
    `By the last generations, ${formatPercent('en', share)} of chances to help were taken (q = ${n2(q)}).`,
  /** `items` are readOutcomeHelpItem's, joined by the list format of the language */
  readOutcomeHelp: ({ days, items }: { days: number; items: string }) =>
    `Help received over ${n(days)} days: ${items}.`,
  readOutcomeHelpItem: ({ who, help }: { who: string; help: number }) => `${who} ${n1(help)}`,
  /** `items` are readOutcomeMetItem's, joined by the list format of the language */
  readOutcomeMovingDay: ({ day, items }: { day: number; items: string }) =>
    `Moving day on day ${n(day)}, need met: ${items}.`,
  readOutcomeMetItem: ({ who, share }: { who: string; share: number }) => `${who} ${formatPercent('en', share)}`,
  readWhoGiveFirst: () => 'the giver',
  readWhoTaker: () => 'the taker',
  readWhoLurker: () => 'the lurker',
  readWhoLapsed: () => 'the giver who stopped',
  readWhoLate: () => 'the late starter',
  /** `choice` is the slide's own words; `measure` one of the betMeasure messages */
  betModelSays: ({ choice, measure }: { choice: string; measure: string }) =>
    `The model says: ${choice} (measured as ${measure}).`,
  betMeasureGiverOrTaker: () =>
    'help received over 200 days, giver ÷ taker: under 1.5 is "about the same", 1.5–5 "a bit more", 5 or more "many times more"',
  betMeasureHowSoon: () =>
    'the first day by which the givers have received one help each on average: by day 7 is "within a few days", later "only after weeks", not at all "never"',
  betMeasureTakerFollowers: () =>
    'a taker\'s followers at the end minus at the start: 3 or more is "many", more than 0 "a few", none "none at all"',
  betMeasureEnough: () =>
    'all late starters met their whole need: "all of it"; their help in the moving-day window under a tenth of the need: "almost none"; otherwise "some, but not all"',
  betMeasureHowEarly: () =>
    'the shortest of 15, 30 and 60 days ahead at which more than half of the late starters meet their whole need (none of them: "60 days or more")',
  betMeasureLurking: () =>
    'lurkers\' help in the moving-day window as a share of the need: 0.6 or more is "most", 0.25 or more "some", less "almost none"',
  betMeasureTrustOutlast: () => 'how many of the lapsed givers meet their whole moving-day need: all, some, or none',
  betMeasureAdvantage: () =>
    'help received, giver ÷ taker: 10 or more is "just as much", 1.5–10 "less", under 1.5 "not at all"',
  betMeasureReputation: () =>
    'share of donations that are gifts in the final generations: 0.7 or more "survives", 0.3 or more "shrinks but holds", less "collapses"',

  // views/present/speaker*.ts (not speakerRoom) and content/renderNotes.ts: the speaker window
  speakerDocumentTitle: ({ title }: { title: string }) => `Speaker view: ${title}`,
  speakerCuesLabel: () => 'Cues for this slide',
  /** the label of a presenter-only cue in the notes (written `Cue:` in every language's slides) */
  speakerCueLabel: () => 'Cue:',
  speakerNoSim: ({ play, step }: { play: string; step: string }) =>
    `No simulation on this slide. On one, its controls show here: ${play} plays and pauses, ${step} steps.`,
  speakerConsoleLabel: ({ title }: { title: string }) => `Simulation console: ${title}`,
  speakerPlaying: () => 'Playing',
  speakerPaused: () => 'Paused',
  speakerFinished: () => 'Finished',
  /** reveal's speaker view's own labels (views/present/revealChrome.ts) */
  speakerNotes: () => 'Notes',
  speakerTime: () => 'Time',
  speakerTimeReset: () => 'Click to reset',
  speakerPacing: () => 'Pacing: time to finish this slide',
  speakerUpcoming: () => 'Upcoming',
  speakerLoading: () => 'Loading the speaker view…',

  // widgets and render: a simulation's controls, live summary, legend and data table
  simClock: () => 'Clock',
  simPlay: () => 'Play',
  simPause: () => 'Pause',
  simStep: () => 'Step',
  simReset: () => 'Reset',
  simDay: () => 'Day',
  simGeneration: () => 'Generation',
  simDayOf: ({ tick, length }: { tick: number; length: number }) => `Day ${n(tick)} of ${n(length)}`,
  simGenerationOf: ({ tick, length }: { tick: number; length: number }) => `Generation ${n(tick)} of ${n(length)}`,
  simTickOut: ({ tick, length }: { tick: number; length: number }) => `${n(tick)} / ${n(length)}`,
  simSpeed: () => 'Speed',
  simSpeedOption: ({ speed }: { speed: number }) => `${n(speed)} ticks/s`,
  simParameters: () => 'Parameters',
  simNewcomersShown: () => 'Newcomers shown',
  simAllStrategies: () => 'all strategies',
  simEvents: () => 'Events',
  simMovingDayNow: () => 'Moving day now',
  simStopGiving: () => 'Stop giving',
  simSeed: () => 'Seed',
  /** `max` as digits: a seed is an identifier, typed in as such */
  simSeedInvalid: ({ max }: { max: string }) => `A seed is a whole number from 0 to ${max}.`,
  simTableToggle: () => 'The numbers as a table',
  // widgets (createSimWidget, widgetDom): a big run's notices, and a run the controls asked for that was refused
  simComputing: () => 'Computing this run…',
  simStop: () => 'Stop',
  simStopped: () => "Stopped that run before it finished: showing the slide's own.",
  /** `message` is the error's own text */
  simRunFailed: ({ message }: { message: string }) => `This run could not be made: ${message}`,
  /** `param` is the parameter's slider label (paramLabel) */
  simRefusedFits: ({
    estimate,
    budget,
    param,
    value,
  }: {
    estimate: number;
    budget: number;
    param: string;
    value: number;
  }) =>
    `Not changed: this run would take about ${n1(estimate)} s of computing, over this page's budget of ${n1(budget)} s. The largest “${param}” that fits with the other settings is ${n2(value)}.`,
  simRefusedTooBig: ({ estimate, budget }: { estimate: number; budget: number }) =>
    `Not changed: this run would take about ${n1(estimate)} s of computing, over this page's budget of ${n1(budget)} s. Lower the sizes or the activity.`,
  /** one frame of the run (stepped and drawn on the page) over the page's budget a frame; `estimate`, `budget` in ms */
  simRefusedFrameFits: ({
    estimate,
    budget,
    param,
    value,
  }: {
    estimate: number;
    budget: number;
    param: string;
    value: number;
  }) =>
    `Not changed: each frame of this run would take this page about ${n2(estimate)} ms to step and draw, over its budget of ${n2(budget)} ms a frame. The largest “${param}” that fits with the other settings is ${n2(value)}.`,
  simRefusedFrameTooBig: ({ estimate, budget }: { estimate: number; budget: number }) =>
    `Not changed: each frame of this run would take this page about ${n2(estimate)} ms to step and draw, over its budget of ${n2(budget)} ms a frame. Lower the sizes or the activity.`,
  /** a slider's label, by parameter name (src/sim/schema.ts has the English `label` and `unit`) */
  paramModel: () => 'Model',
  paramNCommunity: () => 'Community size (people)',
  paramKRing: () => 'Ties per member',
  paramRewire: () => 'Rewiring',
  paramT0community: () => 'Starting trust',
  paramNGiveFirst: () => 'Give-first newcomers (people)',
  paramNTaker: () => 'Taker newcomers (people)',
  paramNLurker: () => 'Lurker newcomers (people)',
  paramNLapsed: () => 'Lapsed newcomers (people)',
  paramNLate: () => 'Late newcomers (people)',
  paramMFollowNew: () => 'Follows by a newcomer (people)',
  paramF0: () => 'Follow-backs (people)',
  paramPNeed: () => 'Questions (per tick)',
  paramPSee: () => 'Attention',
  paramH0: () => 'Help to strangers',
  paramHMax: () => 'Help to the trusted',
  paramThHelp: () => 'Trust midpoint',
  paramSHelp: () => 'Trust steepness',
  paramCapacity: () => 'Capacity (per tick)',
  paramGAnswer: () => 'Giver answers',
  paramPShareCommunity: () => 'Member sharing (per tick)',
  paramPShareGiver: () => 'Giver sharing (per tick)',
  paramDDirect: () => 'Trust from being helped',
  paramDObserve: () => 'Trust from watching',
  paramQGiverFollowers: () => "Giver's audience",
  paramQAmp: () => 'Amplification',
  paramDecay: () => 'Trust decay (per tick)',
  paramTmax: () => 'Trust ceiling',
  paramThFollow: () => 'Follow threshold',
  paramThUnfollow: () => 'Unfollow threshold',
  paramTicks: () => 'Length (ticks)',
  paramTStop: () => 'Stop tick (tick)',
  paramMovingDay: () => 'Moving day',
  paramTShock: () => 'Moving day (tick)',
  paramH: () => 'Help needed (helps)',
  paramW: () => 'Moving-day window (ticks)',
  paramLead: () => 'Head start (ticks)',
  paramB: () => 'Benefit',
  paramC: () => 'Cost',
  paramQ: () => 'Reputation known',
  paramGenerations: () => 'Generations',
  paramPopSize: () => 'Population (people)',
  paramRoundsPerGen: () => 'Encounters',
  paramMutation: () => 'Mutation',
  strategyGiveFirst: () => 'give first',
  strategyTaker: () => 'taker',
  strategyLurker: () => 'lurker',
  strategyLapsed: () => 'stopped giving',
  strategyLate: () => 'gives late',
  /** the short words printed beside newcomers in the network (render/palette.ts's English `short`) */
  strategyShortGiveFirst: () => 'give',
  strategyShortTaker: () => 'take',
  strategyShortLurker: () => 'lurk',
  strategyShortLapsed: () => 'stop',
  strategyShortLate: () => 'late',
  summaryStrategy: ({
    strategy,
    followers,
    answers,
    trend,
  }: {
    strategy: string;
    followers: number;
    answers: number;
    /** summaryTrendRising / Falling / Steady */
    trend: string;
  }) => `${strategy} newcomers have ${n1(followers)} followers, ${n1(answers)} answers received, ${trend}`,
  summaryTrendRising: () => 'trust rising',
  summaryTrendFalling: () => 'trust falling',
  summaryTrendSteady: () => 'trust steady',
  /** `clauses` are summaryStrategy's, joined by the list format of the language */
  summaryDay: ({ tick, length, clauses }: { tick: number; length: number; clauses: string }) =>
    `Day ${n(tick)} of ${n(length)}: ${clauses}.`,
  summaryGenerationNone: ({ length }: { length: number }) => `Generation 0 of ${n(length)}: not run yet.`,
  summaryGeneration: ({ generation, length, share }: { generation: number; length: number; share: number }) =>
    `Generation ${n(generation)} of ${n(length)}: ${formatPercent('en', share)} of donations were gifts.`,
  tableCaption: ({ tick, length }: { tick: number; length: number }) =>
    `Per newcomer, averaged over each strategy, at day ${n(tick)} of ${n(length)}`,
  tableStrategy: () => 'Strategy',
  tableNewcomers: () => 'Newcomers',
  tableHelpReceived: () => 'Help received',
  tableTrustIn: () => 'Trust in them',
  tableFollowers: () => 'Followers',
  tableMovingDayMet: () => 'Moving day met',
  tableNotYet: () => 'not yet',

  // widgets/summary.ts describeFigure, renderSimSnapshot: a printed figure's caption (drawn at build time per language)
  /** `seed` as digits (an identifier); `rows` are figureRow's, joined by semicolons (as summaryDay's clauses) */
  figureCaption: ({ tick, length, seed, rows }: { tick: number; length: number; seed: string; rows: string }) =>
    `At tick ${n(tick)} of ${n(length)} (seed ${seed}), per newcomer on average: ${rows}.`,
  figureRow: ({
    strategy,
    help,
    followers,
    trust,
  }: {
    strategy: string;
    help: number;
    followers: number;
    trust: number;
  }) => `${strategy}: ${n1(help)} helps received, ${n1(followers)} followers, trust ${n1(trust)}`,
  /** `items` are figureMetItem's, joined by the list format of the language */
  figureMovingDay: ({ tick, items }: { tick: number; items: string }) =>
    `Moving day (tick ${n(tick)}) was met by ${items}.`,
  figureMetItem: ({ share, strategy }: { share: number; strategy: string }) =>
    `${formatPercent('en', share)} of ${strategy} newcomers`,
  figureScience: ({ seed, share }: { seed: string; share: number }) =>
    `Cooperation by generation (seed ${seed}); in the last generations ${formatPercent('en', share)} of donations were gifts.`,

  // render: chart titles, axes and annotations
  chartDay: () => 'Day',
  chartGeneration: () => 'Generation',
  chartHelpReceived: () => 'Help received (total)',
  chartTrustIn: () => 'Trust others hold in them',
  chartFollowers: () => 'Followers',
  chartMovingDay: () => 'moving day',
  chartStopGiving: () => 'stop giving',
  /** the chart's accessible name */
  chartLabel: ({ metric, tick, length }: { metric: string; tick: number; length: number }) =>
    `${metric} per strategy, day ${n(tick)} of ${n(length)}`,
  scienceShare: () => 'Share of donations that were gifts',
  scienceLabel: ({ generation, length, q, ratio }: { generation: number; length: number; q: string; ratio: string }) =>
    `Cooperation by generation, generation ${n(generation)} of ${n(length)}; q = ${q}, c/b = ${ratio}`,
  scienceSustains: () => 'q > c/b: reputation can sustain giving',
  scienceCollapses: () => 'q ≤ c/b: giving should collapse',
  /** the science chart's note: the run's q against its cost/benefit ratio (numbers with up to 2 decimals) */
  scienceRule: ({ q, ratio }: { q: number; ratio: number }) => `q = ${n2(q)}, c/b = ${n2(ratio)}`,
  scienceRuleVerdict: ({ q, ratio, verdict }: { q: number; ratio: number; verdict: string }) =>
    `q = ${n2(q)}, c/b = ${n2(ratio)} (${verdict})`,
  /** the network's accessible name (printed and live) */
  networkLabel: ({ tick, people, follows }: { tick: number; people: number; follows: number }) =>
    `Network at tick ${n(tick)}: ${n(people)} people, ${n(follows)} follows`,
  networkLabelLive: ({ tick, people }: { tick: number; people: number }) =>
    `Network at tick ${n(tick)}: ${n(people)} people`,

  // showFatalError.ts: the page could not start (the error's own text is the parameter)
  fatalStart: ({ message }: { message: string }) => `The workshop could not start: ${message}`,
  fatalHandout: ({ message }: { message: string }) => `The handout could not be made: ${message}`,

  // the language switch (handout toolbar, reading view, room page)
  languageSwitchLabel: () => 'Language',
  /** each language's own name, as its speakers write it (the switch lists them in their own language) */

  // readerStore.ts PLAN_PROMPTS: the plan's questions (reading view and handout worksheet)
  planWhere: () => 'Where will you give?',
  planWhereHint: () => 'One community or platform, e.g. a forum you already read.',
  planWhat: () => 'What will you give, and how often?',
  planWhatHint: () => 'Something you can keep up in a busy week.',
  planWho: () => 'Who on your map will you reach out to?',
  planWhoHint: () => 'Two or three people, with something useful.',
  planCheck: () => 'By the end of the second week I will have…',
  planCheckHint: () => 'Write it so you can check it.',

  // room (join page, projector tally, speaker room box)
  // join/joinView.ts, joinMain.ts: the participant's phone
  joinDocumentTitle: () => 'Give First: join the room',
  joinJoining: () => 'Joining the room…',
  joinRoomLine: ({ title, room }: { title: string; room: string }) => `${title} · room ${room}`,
  joinConnected: () => 'Connected',
  joinReconnecting: () => 'Reconnecting…',
  joinPlaceBet: () => 'Place your bet',
  joinFollowAlong: () => 'Follow along',
  joinLookAtScreen: () => 'Look at the screen for this one.',
  joinStatusWaiting: () => 'Betting opens soon.',
  joinStatusOpen: () => 'Betting is open: tap a choice. You can change it until betting closes.',
  joinStatusClosed: () => 'Betting has closed. Watch the run on the screen.',
  joinStatusRevealed: () => 'The run is over.',
  joinSending: ({ choice }: { choice: string }) => `Sending your bet: ${choice}…`,
  joinRecorded: ({ choice }: { choice: string }) => `Your bet is recorded: ${choice}`,
  joinNotYet: () => 'You have not bet yet.',
  joinDidNotBet: () => 'You did not bet on this one.',
  joinSplitTitle: ({ count }: { count: number }) =>
    plural('en', count, { one: `How the room bet (${n(count)} vote)`, other: `How the room bet (${n(count)} votes)` }),
  joinSplitRow: ({ choice, count }: { choice: string; count: number }) =>
    plural('en', count, { one: `${choice}: ${n(count)} vote`, other: `${choice}: ${n(count)} votes` }),
  joinTagYours: () => 'your bet',
  joinTagModel: () => 'what the model supports',
  joinOutcomeOnScreen: () => 'The outcome is on the screen.',
  joinModelSupports: ({ choice }: { choice: string }) => `The model supports: ${choice}`,
  joinTakeHomeTitle: () => 'Take your bets home',
  joinTakeHomeText: ({ count }: { count: number }) =>
    plural('en', count, {
      one: `You have bet on ${n(count)} of the workshop's questions. Save it with the room's split; the reading view and the handout can open the file.`,
      other: `You have bet on ${n(count)} of the workshop's questions. Save them with the room's split; the reading view and the handout can open the file.`,
    }),
  joinDownload: () => 'Download my bets',
  joinRefusedClosed: () => 'Not recorded: betting has closed.',
  joinRefused: () => 'Not recorded: try again.',
  // views/present/roomOverlay.ts: the projector's tally and join overlay, and the room's keys in reveal's help
  roomKeyJoin: () => 'Room: show how to join (QR code)',
  roomKeyBet: () => 'Room: open / close betting, then show the outcome (tally)',
  roomPanelWaiting: ({ key }: { key: string }) => `Betting not open yet (${key} opens)`,
  roomPanelOpen: () => 'Betting open',
  roomPanelClosed: () => 'Betting closed',
  roomPanelOutcome: () => 'Outcome',
  roomPanelCounts: ({ votes, phones }: { votes: number; phones: number }) =>
    `${plural('en', votes, { one: `${n(votes)} vote`, other: `${n(votes)} votes` })} · ${plural('en', phones, { one: `${n(phones)} phone`, other: `${n(phones)} phones` })}`,
  roomPanelReconnecting: () => 'reconnecting…',
  roomOutcomeOnScreen: () => 'The run shows the outcome.',
  roomModelSupports: ({ letter }: { letter: string }) => `The model supports ${letter}.`,
  roomJoinTitle: () => 'Join the room',
  roomJoinNoServer: () => 'To let phones join, start the room (npm run room) and open the presenter link it prints.',
  roomJoinConnecting: () => 'Connecting to the room…',
  roomJoinQrLabel: ({ url }: { url: string }) => `QR code for ${url}`,
  roomJoinCode: ({ code, phones }: { code: string; phones: number }) =>
    plural('en', phones, {
      one: `Room code ${code} · ${n(phones)} phone connected`,
      other: `Room code ${code} · ${n(phones)} phones connected`,
    }),
  roomJoinClose: ({ key }: { key: string }) => `${key} closes this.`,
  // views/present/speakerRoom.ts: the room's box in the speaker window
  speakerRoomLabel: () => 'The room',
  speakerRoomWaiting: () => 'Betting not open yet',
  speakerRoomOpen: () => 'Betting open',
  speakerRoomClosed: () => 'Betting closed',
  speakerRoomRevealed: () => 'Outcome shown',
  speakerRoomPhones: ({ count }: { count: number }) =>
    plural('en', count, { one: `${n(count)} phone connected`, other: `${n(count)} phones connected` }),
  speakerRoomVotes: ({ count }: { count: number }) =>
    plural('en', count, { one: `${n(count)} vote`, other: `${n(count)} votes` }),
  speakerRoomNoBet: () => 'no bet on this slide',
  speakerRoomOpenButton: () => 'Open betting',
  speakerRoomCloseButton: () => 'Close betting',
  speakerRoomRevealButton: () => 'Show the outcome',
  speakerRoomJoinButton: () => 'Join overlay',
  speakerRoomHint: ({ bet, join }: { bet: string; join: string }) =>
    `${bet} steps the bet (open, close, outcome) · ${join} shows how to join`,
  // views/handout/handoutRoomBets.ts: the participant's take-home file printed on the handout's bet slides
  handoutImportBets: () => 'Import my bets from the room',
  handoutForgetBets: () => "Forget the room's bets",
  handoutRoomImported: ({ count }: { count: number }) =>
    plural('en', count, {
      one: `${n(count)} bet from the room is printed on its slide.`,
      other: `${n(count)} bets from the room are printed on their slides.`,
    }),
  handoutRoomForgotten: () => "The room's bets are forgotten: the handout prints without them.",
  handoutRoomTitle: ({ code }: { code: string }) => `From the room (${code})`,
  handoutRoomTitleNoCode: () => 'From the room',
  handoutRoomYourBet: ({ choice }: { choice: string }) => `Your bet: ${choice}`,
  handoutRoomNoBet: () => 'You did not bet on this one.',
  handoutRoomSplit: ({ count }: { count: number }) =>
    plural('en', count, {
      one: `How the room bet (${n(count)} vote):`,
      other: `How the room bet (${n(count)} votes):`,
    }),
  handoutRoomSplitRow: ({ choice, count, share }: { choice: string; count: number; share: number }) =>
    `${choice}: ${n(count)} (${formatPercent('en', share)})`,
  handoutRoomNoSplit: () => "The room's split was not out yet when you saved.",
  handoutRoomModel: ({ choice }: { choice: string }) => `What the model supports: ${choice}`,
};

/** The catalogue's shape: every language has exactly these keys, with these parameters. */
export type Messages = typeof en;
