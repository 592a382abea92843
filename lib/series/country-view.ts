import type { CountryRef } from "@/lib/series/pair-view";
import type { PairFigure } from "@/lib/series/series";

/** The metrics a country page ranks partners by. */
export const COUNTRY_METRICS = ["turnover", "exports", "imports", "balance"] as const;
export type CountryMetric = (typeof COUNTRY_METRICS)[number];

/** One partner of a country as its page shows it: the latest actual value of each metric, how many articles state the pair's figures, and the turnover by year. */
export type CountryPartnerRow = {
  partner: CountryRef;
  latest: Record<CountryMetric, PairFigure | null>;
  sourceCount: number;
  turnoverByYear: PairFigure[];
};

export type CountrySort = { by: CountryMetric | "sources" | "partner"; order: "asc" | "desc" };

/** When a period ends, as a sortable string: "2014" → "2014-12", "2023-01/2023-06" → "2023-06". */
const periodEnd = (period: string) => (period.length === 4 ? `${period}-12` : period.slice(-7));

/**
 * The newest actual figure of one metric: the one whose period ends last; of those, a whole year
 * before a part of one (it ends as late and says more), a stated figure before a derived one,
 * then the most confident.
 */
function latestOf(figures: PairFigure[], metric: CountryMetric): PairFigure | null {
  let best: PairFigure | null = null;
  const rank = (f: PairFigure) => [periodEnd(f.period), f.period.length === 4 ? 1 : 0, f.derived ? 0 : 1, f.confidence] as const;
  for (const f of figures) {
    if (f.metric !== metric || f.kind !== "actual") continue;
    if (!best) {
      best = f;
      continue;
    }
    const [a, b] = [rank(f), rank(best)];
    const later = a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] !== b[2] ? a[2] > b[2] : a[3] > b[3];
    if (later) best = f;
  }
  return best;
}

/** One stated or derived whole-year actual turnover per year, the most confident of each, oldest first. */
export function turnoverByYear(figures: PairFigure[]): PairFigure[] {
  const byYear = new Map<string, PairFigure>();
  for (const f of figures) {
    if (f.metric !== "turnover" || f.kind !== "actual" || f.period.length !== 4) continue;
    const held = byYear.get(f.period);
    if (!held || f.confidence > held.confidence) byYear.set(f.period, f);
  }
  return [...byYear.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** A partner's row from the pair's figures seen from the country, and the number of articles behind them. */
export function countryPartnerRow(partner: CountryRef, figures: PairFigure[], sourceCount: number): CountryPartnerRow {
  return {
    partner,
    latest: Object.fromEntries(COUNTRY_METRICS.map((m) => [m, latestOf(figures, m)])) as Record<CountryMetric, PairFigure | null>,
    sourceCount,
    turnoverByYear: turnoverByYear(figures),
  };
}

/**
 * The partners in the order asked for. A metric sorts by its latest value (partners without
 * one last, whichever the order); ties, and `partner`, go by the partner's name.
 */
export function sortPartners(rows: CountryPartnerRow[], { by, order }: CountrySort): CountryPartnerRow[] {
  const sign = order === "asc" ? 1 : -1;
  const byName = (a: CountryPartnerRow, b: CountryPartnerRow) => a.partner.name.localeCompare(b.partner.name);
  return [...rows].sort((a, b) => {
    if (by === "partner") return sign * byName(a, b);
    const [x, y] = by === "sources" ? [a.sourceCount, b.sourceCount] : [a.latest[by]?.value, b.latest[by]?.value];
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    return x !== y ? sign * (x - y) : byName(a, b);
  });
}

/** How a column sorts first: names A to Z, values largest first. */
export function firstOrderOf(by: CountrySort["by"]): CountrySort["order"] {
  return by === "partner" ? "asc" : "desc";
}

/** The sort a page's query asks for (`?sort=exports&order=asc`), turnover largest first unless it names a good one. */
export function countrySortOf(sort: unknown, order: unknown): CountrySort {
  const by = [...COUNTRY_METRICS, "sources", "partner"].includes(sort as string) ? (sort as CountrySort["by"]) : "turnover";
  return { by, order: order === "asc" || order === "desc" ? order : firstOrderOf(by) };
}
