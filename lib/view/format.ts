import type { Metric, Period, Qualifier } from "@/lib/schema";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2014" stays "2014"; "2023-01/2023-05" → "Jan–May 2023"; "2022-11/2023-02" → "Nov 2022–Feb 2023"; "2023-03/2023-03" → "Mar 2023". */
export function formatPeriod(period: Period): string {
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const [, y1 = "", m1 = "", y2 = "", m2 = ""] = m;
  const month = (mm: string) => MONTHS[Number(mm) - 1] ?? mm;
  if (y1 !== y2) return `${month(m1)} ${y1}–${month(m2)} ${y2}`;
  if (m1 === m2) return `${month(m1)} ${y1}`;
  return `${month(m1)}–${month(m2)} ${y1}`;
}

/** True for a period shorter than a calendar year ("2023-01/2023-05"). */
export function isPartialYear(period: Period): boolean {
  return period.includes("/");
}

const METRIC_LABELS: Record<Metric, string> = { turnover: "Turnover", exports: "Exports", imports: "Imports", balance: "Balance", share: "Share of total trade" };

/** The metric as a heading or column shows it ("Turnover", "Share of total trade"). */
export function formatMetric(metric: Metric): string {
  return METRIC_LABELS[metric];
}

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: "", approx: "about ", more_than: "more than ", less_than: "less than " };

/** The qualifier as a word for tables ("exact", "approx.", "more than", "less than"). */
export function formatQualifier(qualifier: Qualifier): string {
  return qualifier === "approx" ? "approx." : QUALIFIER_WORDS[qualifier].trim() || "exact";
}

function trimDecimals(n: number, digits: number): string {
  const fixed = n.toFixed(digits);
  return digits > 0 ? fixed.replace(/\.?0+$/, "") : fixed;
}

/**
 * A value as people read it, never rounded away from what the source states: money in
 * millions/billions ("USD 64.18 million", "USD 2.80678 million", "−USD 237.1 million"), a share
 * in percent ("0.1 %"). With `qualifier`, a word goes before it ("about USD 300 million").
 */
export function formatValue(value: number, currency: string | null, qualifier: Qualifier = "exact"): string {
  const sign = value < 0 ? "−" : "";
  const m = Math.abs(value);
  const amount =
    currency === null
      ? `${trimDecimals(m, 2)} %`
      : m >= 1e9
        ? `${currency} ${trimDecimals(m / 1e9, 9)} billion`
        : m >= 1e6
          ? `${currency} ${trimDecimals(m / 1e6, 6)} million`
          : `${currency} ${m.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
  return `${QUALIFIER_WORDS[qualifier]}${sign}${amount}`;
}

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

/** The number people see for a sentence, counted from 1 ("sentence 3"). */
export function sentenceNumber(index: number): number {
  return index + 1;
}

/** The reader's anchor for a sentence: `s-3` for the third, so "#s-3" and "sentence 3" agree. */
export function sentenceAnchor(index: number): string {
  return `s-${sentenceNumber(index)}`;
}

/** "2016-04-22" → "22 April 2016" (UTC, so the same on server and client). */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
