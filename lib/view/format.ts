import type { Metric, Period, Qualifier, Review } from "@/lib/schema";

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

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: "", approx: "about ", almost: "almost ", more_than: "more than ", less_than: "less than " };

/** The qualifier as a word for tables ("exact", "approx.", "almost", "more than", "less than"). */
export function formatQualifier(qualifier: Qualifier): string {
  return qualifier === "approx" ? "approx." : QUALIFIER_WORDS[qualifier].trim() || "exact";
}

/** `n` with at most `digits` decimals, trailing zeros dropped (1.50 → "1.5"). */
export function trimDecimals(n: number, digits: number): string {
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

/** An editor's review in a sentence: "Reviewed: corrected by editor-a on 1 December 2026." */
export function describeReview(review: Pick<Review, "state" | "by" | "at">): string {
  return `Reviewed: ${review.state} by ${review.by} on ${formatDate(review.at.slice(0, 10))}.`;
}
