import { isPartialYear } from "@/lib/view/format";
import type { PairFigure } from "@/lib/series/series";

/**
 * A small static chart of one series (no client code): points in period order, joined only
 * between annual periods. Decorative: the caller states the values in text.
 * Props: `figures` (one metric, actual, sorted by period).
 */
export function Sparkline({ figures }: { figures: PairFigure[] }) {
  const [w, h, pad] = [120, 36, 4];
  if (figures.length === 0) return null;
  const values = figures.map((f) => f.value);
  const [min, max] = [Math.min(0, ...values), Math.max(0, ...values)];
  const x = (i: number) => (figures.length === 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (figures.length - 1));
  const y = (v: number) => h - pad - ((v - min) / (max - min || 1)) * (h - 2 * pad);
  const annual = figures.flatMap((f, i) => (isPartialYear(f.period) ? [] : [`${x(i)},${y(f.value)}`]));
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" className="shrink-0">
      <line x1={0} x2={w} y1={y(0)} y2={y(0)} stroke="var(--color-line)" />
      {annual.length > 1 ? <polyline points={annual.join(" ")} fill="none" stroke="var(--color-turnover)" strokeWidth={2} /> : null}
      {figures.map((f, i) => (
        <circle key={f.id} cx={x(i)} cy={y(f.value)} r={3} fill={f.derived ? "var(--color-page)" : "var(--color-turnover)"} stroke="var(--color-turnover)" />
      ))}
    </svg>
  );
}
