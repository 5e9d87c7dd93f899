import { formatList, type Messages, messagesFor, type UiLocale } from '../i18n/index.ts';
import { strategyRows } from '../render/renderTable.ts';
import { clampTick } from '../sim/index.ts';
import type { Run, StrategyName } from '../sim/types.ts';

const TREND_WINDOW = 10;

/** "rising", "falling" or "steady": how trust in a strategy moved over the last few ticks. */
function trend(series: number[], t: number, m: Messages): string {
  const now = series[t] ?? 0;
  const before = series[Math.max(0, t - TREND_WINDOW)] ?? 0;
  const eps = 0.05 * Math.max(1, Math.abs(before));
  if (now > before + eps) return m.summaryTrendRising();
  if (now < before - eps) return m.summaryTrendFalling();
  return m.summaryTrendSteady();
}

/** The live region's sentence: one clause per strategy, numbers as the table shows them. */
export function summarizeTick(run: Run, tick: number, m: Messages = messagesFor('en')): string {
  const rows = strategyRows(run, tick, m);
  const t = clampTick(tick, run.params.ticks);
  const parts = rows.map((r) => {
    const series = run.byStrategy[r.strategy as StrategyName]!.series.trustIn;
    return m.summaryStrategy({
      strategy: r.label,
      followers: r.followers,
      answers: r.helpReceived,
      trend: trend(series, t, m),
    });
  });
  return m.summaryDay({ tick: t, length: run.params.ticks, clauses: parts.join('; ') });
}

/** The science run's sentence at `generation`: the share so far, never the end before it is reached. */
export function summarizeGeneration(run: Run, generation: number, m: Messages = messagesFor('en')): string {
  const coop = run.cooperationByGeneration ?? [];
  const g = clampTick(generation, coop.length);
  if (g === 0) return m.summaryGenerationNone({ length: coop.length });
  return m.summaryGeneration({ generation: g, length: coop.length, share: coop[g - 1]! });
}

/**
 * The printed figure's caption: what the picture shows at this tick, in words a reader can check against it, in the
 * language of `locale` (the build draws the handout's figures once per language: scripts/builtFiguresPlugin.ts).
 */
export function describeFigure(run: Run, tick: number, locale: UiLocale = 'en'): string {
  const m = messagesFor(locale);
  const rows = strategyRows(run, tick, m);
  const t = clampTick(tick, run.params.ticks);
  const per = rows
    .map((r) => m.figureRow({ strategy: r.label, help: r.helpReceived, followers: r.followers, trust: r.trustIn }))
    .join('; ');
  const sentences = [m.figureCaption({ tick: t, length: run.params.ticks, seed: String(run.seed), rows: per })];
  const met = rows.filter((r) => r.movingDayMet !== undefined);
  if (met.length > 0) {
    const items = met.map((r) => m.figureMetItem({ share: r.movingDayMet!, strategy: r.label }));
    sentences.push(m.figureMovingDay({ tick: run.params.tShock, items: formatList(locale, items) }));
  }
  return sentences.join(' ');
}

/** The printed science figure's caption: the share of gifts in the last generations. */
export function describeScienceFigure(run: Run, locale: UiLocale = 'en'): string {
  return messagesFor(locale).figureScience({ seed: String(run.seed), share: run.cooperation ?? 0 });
}

/**
 * The live text summary. While playing it is rewritten at most every `everyMs` (a screen reader would hear every
 * tick); a pause, step, scrub or reset is written at once, so the words match the tick on screen.
 */
export function createSummaryTimer(el: HTMLElement, text: () => string, everyMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const write = () => {
    last = Date.now();
    const t = text();
    if (el.textContent !== t) el.textContent = t;
  };
  return {
    schedule(playing: boolean) {
      if (!playing) {
        clearTimeout(timer);
        timer = undefined;
        write();
        return;
      }
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          write();
        },
        Math.max(0, last + everyMs - Date.now()),
      );
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
