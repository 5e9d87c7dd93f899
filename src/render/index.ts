export { type LayoutOptions, layoutNetwork, type NetworkLayout, seededLcg } from './layoutNetwork.ts';
export { strategiesOf } from './legend.ts';
export { BACKGROUNDS, contrastRatio, STRATEGY_STYLE, type StrategyStyle } from './palette.ts';
export { type ChartMetric, type ChartOptions, METRIC_LABEL, renderChart } from './renderChart.ts';
export { CANVAS_ABOVE, type RenderNetworkOptions, renderNetwork } from './renderNetwork.ts';
export { renderScienceChart } from './renderScienceChart.ts';
export { renderTable, type StrategyRow, strategyRows } from './renderTable.ts';
