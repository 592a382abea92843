import type { Metric } from "@/lib/schema";
import type { PairFigure } from "@/lib/series/series";

/** Display and sort order of metrics. */
export const METRIC_ORDER: readonly Metric[] = ["turnover", "exports", "imports", "balance", "share"];

/** The metrics drawn on the pair chart (a share is in percent, so it stays in the table). */
export const CHART_METRICS: readonly Metric[] = ["turnover", "exports", "imports", "balance"];

/** The figures the chart draws: actual (never targets or forecasts) values of CHART_METRICS. */
export function chartFiguresOf(figures: PairFigure[]): PairFigure[] {
  return figures.filter((f) => f.kind === "actual" && CHART_METRICS.includes(f.metric));
}

/** The goals and forecasts the chart marks apart: targets and forecasts of CHART_METRICS, never joined to the actual values. */
export function chartGoalsOf(figures: PairFigure[]): PairFigure[] {
  return figures.filter((f) => f.kind !== "actual" && CHART_METRICS.includes(f.metric));
}
