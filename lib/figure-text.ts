import type { Figure } from "@/lib/schema";

const QUALIFIER_WORD: Record<Figure["qualifier"], string> = { exact: "", approx: "about ", more_than: "over ", less_than: "under " };

/** A value as people read it: "USD 64.18 million", "−USD 237.1 million", "0.1 %". */
export function formatValue(value: number, currency: string | null): string {
  if (currency === null) return `${value} %`;
  const abs = Math.abs(value);
  const [div, word] = abs >= 1e12 ? [1e12, " trillion"] : abs >= 1e9 ? [1e9, " billion"] : abs >= 1e6 ? [1e6, " million"] : [1, ""];
  const n = (abs / div).toLocaleString("en-US", { maximumFractionDigits: div === 1 ? 0 : 3 });
  return `${value < 0 ? "−" : ""}${currency} ${n}${word}`;
}

/** One line for a terminal table: period, metric, pair with direction, value, kind. */
export function formatFigureRow(f: Figure): string {
  const arrow = f.metric === "turnover" || f.metric === "share" ? "–" : "→";
  const kind = f.kind === "actual" ? "" : `  [${f.kind}]`;
  return `${f.period.padEnd(16)} ${f.metric.padEnd(9)} ${`${f.reporter}${arrow}${f.partner}`.padEnd(8)} ${QUALIFIER_WORD[f.qualifier]}${formatValue(f.value, f.currency)}${kind}`;
}
