import { select } from 'd3';
import { documentLocale, formatNumber, formatPercent, type Messages, messagesFor } from '../i18n/index.ts';
import { clampTick } from '../sim/runLength.ts';
import type { Run } from '../sim/types.ts';
import { strategiesOf } from './legend.ts';
import { strategyLabel } from './strategyLabel.ts';

/** The numbers the chart shows at `tick`, per strategy: what one strategy's newcomers have on average. */
export interface StrategyRow {
  strategy: string;
  label: string;
  count: number;
  helpReceived: number;
  trustIn: number;
  followers: number;
  /** share whose moving-day need was met; undefined until the moving-day window has closed */
  movingDayMet?: number;
}

export function strategyRows(run: Run, tick: number, m: Messages = messagesFor('en')): StrategyRow[] {
  const t = clampTick(tick, run.params.ticks);
  const windowClosed =
    run.params.movingDay !== 'off' && t >= run.params.tShock + run.params.W && run.params.tShock <= run.params.ticks;
  return strategiesOf(run).map((name) => {
    const r = run.byStrategy[name]!;
    const row: StrategyRow = {
      strategy: name,
      label: strategyLabel(m, name),
      count: r.count,
      helpReceived: round(r.series.helpReceived[t] ?? 0),
      trustIn: round(r.series.trustIn[t] ?? 0),
      followers: round(r.series.followers[t] ?? 0),
    };
    if (windowClosed) row.movingDayMet = r.movingDayMet;
    return row;
  });
}

/** An accessible data table of the run at `tick`: the chart's alternative for screen readers and the curious. */
export function renderTable(el: Element, run: Run, tick: number): HTMLTableElement {
  const locale = documentLocale(el.ownerDocument);
  const m = messagesFor(locale);
  const rows = strategyRows(run, tick, m);
  const t = clampTick(tick, run.params.ticks);
  const table = select(el)
    .selectAll<HTMLTableElement, number>('table.sim-table')
    .data([0])
    .join('table')
    .attr('class', 'sim-table');
  table.selectAll('*').remove();
  // a run without moving day has no moving-day column
  const moving = run.params.movingDay !== 'off';
  table.append('caption').text(m.tableCaption({ tick: t, length: run.params.ticks }));
  const head = table.append('thead').append('tr');
  const columns = [m.tableStrategy(), m.tableNewcomers(), m.tableHelpReceived(), m.tableTrustIn(), m.tableFollowers()];
  for (const h of moving ? [...columns, m.tableMovingDayMet()] : columns) {
    head.append('th').attr('scope', 'col').text(h);
  }
  const body = table.append('tbody');
  for (const r of rows) {
    const tr = body.append('tr').attr('class', `strategy-${r.strategy}`);
    tr.append('th').attr('scope', 'row').text(r.label);
    for (const v of [r.count, r.helpReceived, r.trustIn, r.followers]) tr.append('td').text(formatNumber(locale, v, 2));
    if (moving)
      tr.append('td').text(r.movingDayMet === undefined ? m.tableNotYet() : formatPercent(locale, r.movingDayMet));
  }
  return table.node()!;
}

const round = (v: number) => Math.round(v * 10) / 10;
