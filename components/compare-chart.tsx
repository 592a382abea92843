"use client";

import { CartesianGrid, ComposedChart, Line, Scatter, XAxis, YAxis } from "recharts";
import { axisTicks, formatAxisValue, logScaleSuits, logTicks } from "@/lib/view/axis";
import { formatPeriod, formatValue, isPartialYear } from "@/lib/view/format";
import { periodOnAxis, yearRows, yearSpan, yearTicks } from "@/lib/view/time-axis";
import type { CompareView } from "@/lib/series/compare-view";
import type { PairFigure } from "@/lib/series/series";

/** The colour of the n-th compared pair (globals.css has one per pair, for light and dark pages). */
export const seriesColor = (index: number) => `var(--color-series-${index + 1})`;

type Point = PairFigure & { x: number; pairName: string };

/**
 * One line per compared pair on a time axis in years, each in its own colour: a whole year's
 * value at its middle, joined only to the next year's (a missing year breaks the line), part of
 * a year a diamond at the end of its months, joined to nothing. Every point links to its figure
 * on the pair page, where its source sentence is. Props: `view` (compareViewOf), `log` (a log
 * scale where the values suit one).
 */
export function CompareChart({ view, log = false }: { view: CompareView; log?: boolean }) {
  const all = view.series.flatMap((s) => s.figures);
  const [first, last] = yearSpan(all.map((f) => f.period));
  const rows = yearRows(view.series.map((s) => [s.key, s.figures]), first, last);
  const values = all.flatMap((f) => [f.low, f.high]);
  const logScale = log && logScaleSuits(values);
  const ticks = logScale ? logTicks(values) : axisTicks(values);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : undefined;
  const currency = view.currency ?? "USD";
  return (
    <ComposedChart data={rows} responsive style={{ width: "100%", height: 360 }} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
      <XAxis dataKey="x" type="number" domain={[first, last + 1]} ticks={yearTicks(first, last)} tickFormatter={(x: number) => String(Math.floor(x))} allowDecimals tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" padding={{ left: 16, right: 16 }} />
      <YAxis scale={logScale ? "log" : "linear"} ticks={ticks} domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0]} tickFormatter={(v: number) => formatAxisValue(v, currency, step)} tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" width={64} />
      {view.series.map((s, i) => (
        <Line key={`line-${s.key}`} dataKey={s.key} stroke={seriesColor(i)} strokeWidth={2} dot={false} activeDot={false} connectNulls={false} isAnimationActive={false} />
      ))}
      {view.series.map((s, i) => (
        <Scatter
          key={`points-${s.key}`}
          data={s.figures.map((f): Point => ({ ...f, x: periodOnAxis(f.period).at, pairName: `${s.from.name} – ${s.to.name}` }))}
          dataKey="value"
          isAnimationActive={false}
          shape={(props: unknown) => {
            const { cx, cy, payload } = props as { cx: number; cy: number; payload?: Point };
            // Recharts also draws the shape for its legend and tooltip, with no point.
            if (!payload?.period) return <g />;
            const label = `${payload.pairName}, ${formatPeriod(payload.period)}: ${formatValue(payload.value, payload.currency, payload.qualifier)}${payload.derived ? " (derived)" : ""}`;
            const mark = { fill: payload.derived ? "var(--color-page)" : seriesColor(i), stroke: seriesColor(i), strokeWidth: 2 };
            return (
              <a href={`/pairs/${s.from.slug}/${s.to.slug}?figure=${encodeURIComponent(payload.id)}`} aria-label={label} data-pair={s.key} data-figure-id={payload.id}>
                <title>{label}</title>
                {isPartialYear(payload.period) ? <rect x={cx - 5} y={cy - 5} width={10} height={10} transform={`rotate(45 ${cx} ${cy})`} {...mark} /> : <circle cx={cx} cy={cy} r={5} {...mark} />}
              </a>
            );
          }}
        />
      ))}
    </ComposedChart>
  );
}
