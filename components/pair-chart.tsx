"use client";

import { CartesianGrid, ComposedChart, ErrorBar, Line, ReferenceLine, Scatter, XAxis, YAxis } from "recharts";
import { describeConfidence, isUnconfirmed } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatValue, isPartialYear } from "@/lib/view/format";
import { axisTicks, formatAxisValue, logScaleSuits, logTicks } from "@/lib/view/axis";
import { periodOnAxis, yearRows, yearSpan, yearTicks } from "@/lib/view/time-axis";
import { CHART_METRICS, chartCurrencyOf, chartFiguresOf, chartGoalsOf } from "@/lib/series/metrics";
import type { PairFigure } from "@/lib/series/series";
import { UNCONFIRMED_FILL_OPACITY, UnconfirmedRing } from "@/components/unconfirmed-mark";

type Point = PairFigure & { label: string; x: number; error: [number, number]; span: [number, number] };
/** A figure as the chart draws it: at its place in time, across its months, with its value's range. */
function pointOf(f: PairFigure): Point {
  const { start, end, at } = periodOnAxis(f.period);
  return { ...f, label: formatPeriod(f.period), x: at, error: [f.value - f.low, f.high - f.value], span: [at - start, end - at] };
}

function PointMark({ cx, cy, point, selected, onSelect }: { cx: number; cy: number; point: Point; selected: boolean; onSelect: (id: string) => void }) {
  const color = `var(--color-${point.metric})`;
  const unconfirmed = isUnconfirmed(point);
  const goal = point.kind !== "actual";
  const label = `${formatMetric(point.metric)} ${point.label}: ${formatValue(point.value, point.currency, point.qualifier)}${goal ? ` (${point.kind})` : ""}${point.derived ? " (derived)" : ""}${point.conflict ? " (conflicting claims)" : ""}${unconfirmed ? ` (${describeConfidence(point)})` : ""}${point.review ? ` (${point.review.state} by ${point.review.by})` : ""}`;
  const common = {
    fill: point.derived ? "var(--color-page)" : color,
    fillOpacity: unconfirmed && !point.derived ? UNCONFIRMED_FILL_OPACITY : undefined,
    stroke: color,
    strokeWidth: 2.5,
    strokeDasharray: point.derived ? "3 2" : undefined,
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-figure-id={point.id}
      data-unconfirmed={unconfirmed || undefined}
      className="cursor-pointer focus:outline-none [&:focus-visible>.focus-ring]:stroke-[var(--color-accent)]"
      onClick={() => onSelect(point.id)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect(point.id);
        }
      }}
    >
      <title>{label}</title>
      <circle className="focus-ring" cx={cx} cy={cy} r={selected ? 12 : 10} fill="transparent" stroke={selected ? "var(--color-ink)" : "transparent"} strokeWidth={2} />
      {goal ? (
        // A goal or forecast: a hollow triangle, apart from the stated values.
        <path d={`M ${cx} ${cy - 7} L ${cx + 7} ${cy + 5} L ${cx - 7} ${cy + 5} Z`} fill="var(--color-page)" stroke={color} strokeWidth={2} strokeDasharray={point.kind === "forecast" ? "3 2" : undefined} data-kind={point.kind} />
      ) : isPartialYear(point.period) ? (
        <rect x={cx - 5.5} y={cy - 5.5} width={11} height={11} transform={`rotate(45 ${cx} ${cy})`} {...common} />
      ) : (
        <circle cx={cx} cy={cy} r={6} {...common} />
      )}
      {unconfirmed ? <UnconfirmedRing cx={cx} cy={cy} /> : null}
    </g>
  );
}

/**
 * The pair's series on a time axis in years: a year's figure at its middle and across it, part
 * of a year at the end of its months and across them; one trend line per metric through
 * consecutive years' values (a year with none breaks it); every figure as a point
 * (hollow and dashed when derived, pale in a dotted ring when unconfirmed, a diamond for part of
 * a year, an error bar for the range of an approximate value, both points where two articles
 * disagree); targets and forecasts as hollow triangles, joined to nothing. A line through a
 * derived or unconfirmed value is dashed. A deficit is below the zero line.
 * Props: `figures` (the pair's PairFigures, already filtered to what is in view), `selectedId`,
 * `onSelect(id)` when a point is clicked or activated from the keyboard.
 */
export function PairChart({ figures, selectedId, onSelect, log = false }: { figures: PairFigure[]; selectedId: string | null; onSelect: (id: string) => void; log?: boolean }) {
  // One currency per axis (chartCurrencyOf): figures in another stay in the table.
  const drawn = chartFiguresOf(figures);
  const currency = chartCurrencyOf(figures) ?? "USD";
  const goals = chartGoalsOf(figures);
  const [first, last] = yearSpan([...drawn, ...goals].map((f) => f.period));
  // Goals are joined to nothing: only actual values make the trend lines.
  const rows = yearRows(CHART_METRICS.map((m) => [m, drawn.filter((f) => f.metric === m)]), first, last);
  const metrics = CHART_METRICS.filter((m) => drawn.some((f) => f.metric === m));
  const values = [...drawn, ...goals].flatMap((f) => [f.low, f.high]);
  // A log scale only where it suits the values (logScaleSuits): else the linear axis.
  const logScale = log && logScaleSuits(values);
  const ticks = logScale ? logTicks(values) : axisTicks(values);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : undefined;
  return (
    <ComposedChart data={rows} responsive style={{ width: "100%", height: 320 }} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
      <XAxis dataKey="x" type="number" domain={[first, last + 1]} ticks={yearTicks(first, last)} tickFormatter={(x: number) => String(Math.floor(x))} allowDecimals tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" padding={{ left: 16, right: 16 }} />
      <YAxis scale={logScale ? "log" : "linear"} ticks={ticks} domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0]} tickFormatter={(v: number) => formatAxisValue(v, currency, step)} tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" width={64} />
      {logScale ? null : <ReferenceLine y={0} stroke="var(--color-ink)" strokeWidth={1.5} />}
      {metrics.map((metric) => (
        <Line key={`line-${metric}`} dataKey={metric} stroke={`var(--color-${metric})`} strokeWidth={2} strokeDasharray={drawn.some((f) => f.metric === metric && (f.derived || isUnconfirmed(f))) ? "6 4" : undefined} dot={false} activeDot={false} connectNulls={false} isAnimationActive={false} />
      ))}
      {metrics.map((metric) => (
        <Scatter
          key={`points-${metric}`}
          data={drawn.filter((f) => f.metric === metric).map(pointOf)}
          dataKey="value"
          isAnimationActive={false}
          shape={(props: unknown) => {
            const { cx, cy, payload } = props as { cx: number; cy: number; payload: Point };
            return <PointMark cx={cx} cy={cy} point={payload} selected={payload.id === selectedId} onSelect={onSelect} />;
          }}
        >
          <ErrorBar dataKey="error" direction="y" width={8} stroke={`var(--color-${metric})`} strokeWidth={1.5} />
          <ErrorBar dataKey="span" direction="x" width={0} stroke={`var(--color-${metric})`} strokeWidth={1} strokeOpacity={0.5} />
        </Scatter>
      ))}
      {goals.length ? (
        <Scatter
          key="goals"
          data={goals.map((f): Point => ({ ...pointOf(f), error: [0, 0] }))}
          dataKey="value"
          isAnimationActive={false}
          shape={(props: unknown) => {
            const { cx, cy, payload } = props as { cx: number; cy: number; payload: Point };
            return <PointMark cx={cx} cy={cy} point={payload} selected={payload.id === selectedId} onSelect={onSelect} />;
          }}
        />
      ) : null}
    </ComposedChart>
  );
}
