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

export const en = {
  // views/shared/viewChoice.ts: the ways into the workshop, on the first slide
  viewChoiceLabel: () => 'Ways to use this workshop',
  viewChoiceRead: () => 'Read at your own pace',
  viewChoiceReadTitle: () => 'The narrative under every slide, simulations to try, your place kept.',
  viewChoiceHandout: () => 'Printable handout',
  viewChoiceHandoutTitle: () => 'Slides, notes and simulation results, ready to print or save as PDF.',
  viewChoiceSpeakerHint: ({ key }: { key: string }) => `Presenting? Press ${key} for the speaker view.`,

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
  /** a slider's label, by parameter name (src/sim/schema.ts has the English `label` and `unit`) */
  paramLead: () => 'Head start (ticks)',
  paramDecay: () => 'Trust decay (per tick)',
  paramQ: () => 'Reputation known',
  strategyGiveFirst: () => 'give first',
  strategyTaker: () => 'taker',
  strategyLurker: () => 'lurker',
  strategyLapsed: () => 'stopped giving',
  strategyLate: () => 'gives late',
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
  roomShowOfHands: () => 'Show of hands',
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
