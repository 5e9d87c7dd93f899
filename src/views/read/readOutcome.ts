import { formatList, type Messages, messagesFor, type UiLocale } from '../../i18n/index.ts';
import { type Run, STRATEGIES, type StrategyName } from '../../sim/types.ts';

/** The people of the model as the slides name them ("the giver", "quien da primero"). */
function who(m: Messages, name: StrategyName): string {
  switch (name) {
    case 'giveFirst':
      return m.readWhoGiveFirst();
    case 'taker':
      return m.readWhoTaker();
    case 'lurker':
      return m.readWhoLurker();
    case 'lapsed':
      return m.readWhoLapsed();
    case 'late':
      return m.readWhoLate();
  }
}

/** The numbers a finished run came to, in one or two whole sentences of `locale` (numbers and lists by Intl). */
export function describeRun(run: Run, locale: UiLocale = 'en'): string {
  const m = messagesFor(locale);
  if (run.params.model === 'science') {
    const share = run.cooperation;
    return share === undefined ? m.readOutcomeFinished() : m.readOutcomeScience({ share, q: run.params.q });
  }
  const present = STRATEGIES.filter((name) => run.byStrategy[name]);
  if (present.length === 0) return m.readOutcomeFinished();
  const help = present.map((name) =>
    m.readOutcomeHelpItem({ who: who(m, name), help: run.byStrategy[name]!.helpReceived }),
  );
  const sentences = [m.readOutcomeHelp({ days: run.params.ticks, items: formatList(locale, help) })];
  const { tShock, W, ticks, movingDay } = run.params;
  if (movingDay !== 'off' && tShock + W <= ticks + 1) {
    const met = present.map((name) =>
      m.readOutcomeMetItem({ who: who(m, name), share: run.byStrategy[name]!.movingDayMet }),
    );
    sentences.push(m.readOutcomeMovingDay({ day: tShock, items: formatList(locale, met) }));
  }
  return sentences.join(' ');
}

/** "You bet X. Here is how it came out. … The model says: …" (the last from the bet's rule, when it has one) */
export function describeBetOutcome(choice: string, run: Run, locale: UiLocale = 'en', modelSays?: string): string {
  const sentences = [messagesFor(locale).readBetOutcome({ choice }), describeRun(run, locale)];
  return [...sentences, ...(modelSays ? [modelSays] : [])].join(' ');
}
