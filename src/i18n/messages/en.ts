/**
 * The interface's English catalogue: the source every other language's catalogue must match (same keys, same
 * parameters; see messages/es.ts and test/i18n/catalogue.test.ts).
 *
 * Each message is a whole sentence (or label) with named parameters, written as a function so TypeScript checks
 * every call and every translation. Never build a sentence from pieces at the call site: if a view needs
 * "N slides", add a message taking `{ count }` and choose the form with `plural()`; numbers go through
 * `formatNumber`/`formatPercent` from ../format.ts with this catalogue's locale.
 */
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
};

/** The catalogue's shape: every language has exactly these keys, with these parameters. */
export type Messages = typeof en;
