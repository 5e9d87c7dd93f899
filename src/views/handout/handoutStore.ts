import { type Messages, messagesFor } from '../../i18n/index.ts';
import { loadReaderState, PLAN_PROMPTS, planPromptText, type ReaderStorage } from '../shared/readerStore.ts';
import type { PlanEntry } from './handoutPlan.ts';

/**
 * The give-first plan the reader wrote in the reading view of this deck, in this browser, or undefined
 * (nothing saved, another deck's state, storage refused): the handout then prints a blank worksheet.
 */
export function loadPlan(
  storage: ReaderStorage | null | undefined,
  deckTitle: string,
  m: Messages = messagesFor('en'),
): PlanEntry[] | undefined {
  const { state } = loadReaderState(storage);
  if (!state || state.deckTitle !== deckTitle) return undefined;
  const entries = PLAN_PROMPTS.map(({ key }) => ({ question: planPromptText(m, key).label, answer: state.plan[key] }));
  return entries.some((e) => e.answer.trim()) ? entries : undefined;
}
