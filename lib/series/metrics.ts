import type { Metric } from "@/lib/schema";
import type { PairFigure } from "@/lib/series/series";

/** Display and sort order of metrics. */
export const METRIC_ORDER: readonly Metric[] = ["turnover", "exports", "imports", "balance", "share"];

/** The metrics drawn on the pair chart (a share is in percent, so it stays in the table). */
export const CHART_METRICS: readonly Metric[] = ["turnover", "exports", "imports", "balance"];

const charted = (f: PairFigure) => CHART_METRICS.includes(f.metric) && f.currency !== null;

/**
 * The one currency the chart's value axis is in: the one most of its actual figures are in
 * (of its goals, when it has no actual figure), USD on a tie, then the first alphabetically.
 * Figures in any other currency stay in the table.
 */
export function chartCurrencyOf(figures: PairFigure[]): string | null {
  const actual = figures.filter((f) => charted(f) && f.kind === "actual");
  const counted = actual.length > 0 ? actual : figures.filter(charted);
  const counts = new Map<string, number>();
  for (const f of counted) counts.set(f.currency!, (counts.get(f.currency!) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || Number(b === "USD") - Number(a === "USD") || a.localeCompare(b))[0]?.[0] ?? null;
}

/** The currencies of chart metrics' figures that the chart leaves to the table, being in another currency than its axis. */
export function offChartCurrencies(figures: PairFigure[]): string[] {
  const axis = chartCurrencyOf(figures);
  return [...new Set(figures.filter((f) => charted(f) && f.currency !== axis).map((f) => f.currency!))].sort();
}

/** The figures the chart draws: actual (never targets or forecasts) values of CHART_METRICS in the chart's currency. */
export function chartFiguresOf(figures: PairFigure[]): PairFigure[] {
  const currency = chartCurrencyOf(figures);
  return figures.filter((f) => charted(f) && f.kind === "actual" && f.currency === currency);
}

/** The goals and forecasts the chart marks apart (in the chart's currency): targets and forecasts of CHART_METRICS, never joined to the actual values. */
export function chartGoalsOf(figures: PairFigure[]): PairFigure[] {
  const currency = chartCurrencyOf(figures);
  return figures.filter((f) => charted(f) && f.kind !== "actual" && f.currency === currency);
}
