import type { HistoryEntry } from '../roomProtocol/roomMessages.ts';

/**
 * What a participant takes home: a reading-view saved state (version 1: bets by sim block id → the choice's text, as
 * the reading view keeps them) with the room's results beside it. The reading view's validator reads the state part
 * and ignores the rest; `room` keeps each bet's split by choice number.
 */
export function resultsFile(deckTitle: string, room: string, history: HistoryEntry[], savedAt: string) {
  const bets: Record<string, string> = {};
  for (const h of history) {
    const text = h.yourVote === null ? undefined : h.choices[h.yourVote];
    if (text !== undefined) bets[h.bet] = text;
  }
  return {
    version: 1 as const,
    deckTitle,
    slide: '0',
    bets,
    plan: { where: '', what: '', who: '', check: '' },
    savedAt,
    room: {
      code: room,
      bets: history.map((h) => ({
        bet: h.bet,
        question: h.question,
        choices: h.choices,
        yourVote: h.yourVote,
        split: h.tally,
        modelSupports: h.verdict,
      })),
    },
  };
}
