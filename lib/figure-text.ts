import { formatValue } from "@/lib/view/format";
import type { Figure } from "@/lib/schema";

/** One line for a terminal table: period, metric, pair with direction, value, kind. */
export function formatFigureRow(f: Figure): string {
  const arrow = f.metric === "turnover" || f.metric === "share" ? "–" : "→";
  const kind = f.kind === "actual" ? "" : `  [${f.kind}]`;
  return `${f.period.padEnd(16)} ${f.metric.padEnd(9)} ${`${f.reporter}${arrow}${f.partner}`.padEnd(8)} ${formatValue(f.value, f.currency, f.qualifier)}${kind}`;
}
