import { ImageResponse } from "next/og";
import { formatPeriod, formatValue } from "@/lib/view/format";
import type { PairFigure } from "@/lib/series/series";

/** The size social sites show a page's preview at. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * A page's preview image (og:image): its title, a small chart of one yearly series (points
 * joined between consecutive years), a line of what the chart says, and the source line.
 * Drawn by next/og with its own font: nothing is fetched.
 */
export function shareImage({ title, series, summary, source }: { title: string; series: PairFigure[]; summary: string; source: string }): ImageResponse {
  const [w, h, pad] = [1040, 250, 24];
  const values = series.map((f) => f.value);
  const [min, max] = [Math.min(0, ...values), Math.max(0, ...values)];
  const years = series.map((f) => Number(f.period.slice(0, 4)));
  const [first, last] = years.length ? [Math.min(...years), Math.max(...years)] : [0, 0];
  const x = (year: number) => (last === first ? w / 2 : pad + ((year - first) * (w - 2 * pad)) / (last - first));
  const y = (v: number) => h - pad - ((v - min) / (max - min || 1)) * (h - 2 * pad);
  const segments = series.slice(1).flatMap((f, i) => (years[i + 1]! - years[i]! === 1 ? [`M ${x(years[i]!)} ${y(series[i]!.value)} L ${x(years[i + 1]!)} ${y(f.value)}`] : []));
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 56, background: "#ffffff", color: "#1a1a1a", fontSize: 28 }}>
        <div style={{ display: "flex", fontSize: 48, fontWeight: 700, lineHeight: 1.2 }}>{title}</div>
        <div style={{ display: "flex", marginTop: 12, color: "#555555", lineHeight: 1.3 }}>{summary}</div>
        <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} style={{ marginTop: 16 }}>
          <line x1={0} x2={w} y1={y(0)} y2={y(0)} stroke="#999999" strokeWidth={2} />
          {segments.map((d) => (
            <path key={d} d={d} stroke="#1f5fa8" strokeWidth={5} fill="none" />
          ))}
          {series.map((f, i) => (
            <circle key={f.id} cx={x(years[i]!)} cy={y(f.value)} r={9} fill={f.derived ? "#ffffff" : "#1f5fa8"} stroke="#1f5fa8" strokeWidth={4} />
          ))}
        </svg>
        {years.length > 0 ? (
          <div style={{ display: "flex", justifyContent: first === last ? "center" : "space-between", width: w, fontSize: 22, color: "#555555" }}>
            <span>{first}</span>
            {first === last ? null : <span>{last}</span>}
          </div>
        ) : null}
        <div style={{ display: "flex", marginTop: "auto", fontSize: 24, color: "#555555" }}>{source}</div>
      </div>
    ),
    SHARE_IMAGE_SIZE,
  );
}

/** What a yearly series says in a line: "Turnover 2011–2014; 2014: USD 64.18 million". */
export function seriesSummary(label: string, series: PairFigure[]): string {
  const [first, last] = [series[0], series.at(-1)];
  if (!first || !last) return `${label}: no yearly figure yet`;
  return `${label} ${first.period === last.period ? formatPeriod(last.period) : `${first.period}–${last.period}`}; ${formatPeriod(last.period)}: ${formatValue(last.value, last.currency, last.qualifier)}`;
}
