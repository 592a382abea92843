import { trimDecimals } from "@/lib/view/format";

/**
 * A short axis label: "300M", "−237M", "1.5B", "0.1 %". With the axis's tick step, it keeps as
 * many decimals as the step needs, so ticks 1.00, 1.05 and 1.10 billion read "1B", "1.05B",
 * "1.1B", never "1.1B" twice.
 */
export function formatAxisValue(value: number, currency: string | null, step?: number): string {
  const sign = value < 0 ? "−" : "";
  const m = Math.abs(value);
  const [unit, suffix] = currency === null ? [1, " %"] : m >= 1e9 ? [1e9, "B"] : m >= 1e6 ? [1e6, "M"] : m >= 1e3 ? [1e3, "K"] : [1, ""];
  const fallback = currency === null ? 2 : unit === 1e9 ? 1 : 0;
  // The decimals the step itself has in this unit (0.05 → 2, 0.025 → 3, 250 → 0).
  const needed = step ? [0, 1, 2, 3, 4, 5, 6].find((d) => Math.abs(Math.round((step / unit) * 10 ** d) - (step / unit) * 10 ** d) < 1e-6) ?? 6 : 0;
  return `${sign}${trimDecimals(m / unit, Math.min(6, Math.max(fallback, needed)))}${suffix}`;
}

/**
 * "Nice" axis ticks (steps of 1, 2, 2.5 or 5 × 10^k) from zero or below to the first at or past
 * the largest value, about `count` of them: the chart draws these, so labels and gridlines agree.
 */
export function axisTicks(values: number[], count = 5): number[] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (high === low) return [low];
  const rough = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  for (let k = 0; ; k++) {
    // toPrecision drops the binary noise of multiples of a decimal step (0.075000000000000001).
    const t = Number((Math.round(first / step + k) * step).toPrecision(12));
    ticks.push(t);
    if (t >= high) return ticks;
  }
}

/**
 * Whether a log scale shows these values better: all above zero and spanning two orders of
 * magnitude or more (a log axis has no zero, so a deficit rules it out).
 */
export function logScaleSuits(values: number[]): boolean {
  return values.length > 1 && values.every((v) => v > 0) && Math.max(...values) / Math.min(...values) >= 100;
}

/** Log-axis ticks: 1, 2 and 5 times each power of ten from below the smallest value to above the largest. */
export function logTicks(values: number[]): number[] {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(low)); power <= Math.ceil(Math.log10(high)); power++) {
    for (const f of [1, 2, 5]) {
      const t = Number((f * 10 ** power).toPrecision(12));
      if (t >= low / 10 && t <= high * 10) ticks.push(t);
    }
  }
  const first = ticks.findLastIndex((t) => t <= low);
  const last = ticks.findIndex((t) => t >= high);
  return ticks.slice(Math.max(0, first), last < 0 ? undefined : last + 1);
}
