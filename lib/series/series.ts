import { z } from "zod";
import { METRIC_ORDER } from "@/lib/series/metrics";
import {
  countryCodeSchema,
  kindSchema,
  metricSchema,
  periodSchema,
  qualifierSchema,
  reviewSchema,
  type CountryCode,
  type Figure,
  type Metric,
  type Qualifier,
} from "@/lib/schema";

/**
 * One figure of a country pair as the pair page, its table, CSV and citations show it: a stated
 * Figure oriented to the side the pair is viewed from, or a value derived from stated ones.
 */
export const pairFigureSchema = z.object({
  /** The Figure's id; a derived figure's id starts with "d-". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Oriented: the reporter is the side the pair is viewed from (except `share`, see orientFigure). */
  reporter: countryCodeSchema,
  partner: countryCodeSchema,
  metric: metricSchema,
  period: periodSchema,
  value: z.number().finite(),
  currency: z.string().nullable(),
  qualifier: qualifierSchema,
  kind: kindSchema,
  /** The range the stated value stands for (see rangeOf); equal to value for an exact figure. */
  low: z.number().finite(),
  high: z.number().finite(),
  derived: z.boolean(),
  /** Ids of the stated figures it was computed from ([] if stated). */
  derivedFrom: z.array(z.string()),
  /** Another figure states a different value for the same pair, metric, period, kind and currency. */
  conflict: z.boolean(),
  /** The extractor's confidence in a stated figure; for a derived one, the product of its inputs'. */
  confidence: z.number().min(0).max(1),
  /** An editor's review of a stated figure; null when it has none, and for a derived figure. */
  review: reviewSchema.nullable(),
  /** Where the figure is stated; null iff derived. */
  source: z
    .object({
      articleId: z.string(),
      sentenceIndex: z.number().int().nonnegative(),
      span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
    })
    .nullable(),
});
export type PairFigure = z.infer<typeof pairFigureSchema>;

/** Half-width of the range an "approx" value stands for, as a fraction of its magnitude. */
export const APPROX_TOLERANCE = 0.05;
/** How far past the stated number a "more than"/"less than" value is taken to reach, as a fraction. */
export const BOUND_TOLERANCE = 0.1;

/**
 * The range a stated value stands for, in the figure's own orientation:
 * - exact → [v, v];
 * - approx ("about", "around") → v ± 5 % of |v|;
 * - almost ("almost", "nearly") → from 5 % closer to zero up to v: short of it, and near;
 * - more_than → from v to 10 % further from zero; less_than → from 10 % closer to zero up to v.
 * The words speak of the stated amount, so a deficit of "more than USD 5 million"
 * (v = −5e6) reaches from −5.5e6 to −5e6, and "almost USD 300 million" from 285 to 300 million.
 */
export function rangeOf(figure: Pick<Figure, "value" | "qualifier">): { low: number; high: number } {
  const { value: v, qualifier } = figure;
  const m = Math.abs(v);
  const sign = v < 0 ? -1 : 1;
  const bounds: Record<Qualifier, [number, number]> = {
    exact: [v, v],
    approx: [v - APPROX_TOLERANCE * m, v + APPROX_TOLERANCE * m],
    almost: [sign * m * (1 - APPROX_TOLERANCE), v],
    more_than: [v, sign * m * (1 + BOUND_TOLERANCE)],
    less_than: [sign * m * (1 - BOUND_TOLERANCE), v],
  };
  const [a, b] = bounds[qualifier]!;
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

const SWAPPED_METRIC: Record<Metric, Metric> = { turnover: "turnover", exports: "imports", imports: "exports", balance: "balance", share: "share" };

/**
 * The same figure seen from `from`'s side. If `from` is already the reporter, or the figure does
 * not involve `from`, it is returned unchanged. Otherwise reporter and partner swap, exports
 * become imports and back, the balance changes sign, turnover keeps its value. A `share` (the
 * partner's share of the reporter's total trade) is a different quantity from the other side,
 * so it is never swapped. The qualifier is kept: it speaks of the stated amount.
 */
export function orientFigure(figure: Figure, from: CountryCode): Figure {
  if (figure.reporter === from || figure.partner !== from || figure.metric === "share") return figure;
  return {
    ...figure,
    reporter: figure.partner,
    partner: figure.reporter,
    metric: SWAPPED_METRIC[figure.metric],
    value: figure.metric === "balance" ? -figure.value : figure.value,
  };
}

function orientPairFigure(figure: PairFigure, from: CountryCode): PairFigure {
  if (figure.reporter === from || figure.partner !== from || figure.metric === "share") return figure;
  const negate = figure.metric === "balance";
  return {
    ...figure,
    reporter: figure.partner,
    partner: figure.reporter,
    metric: SWAPPED_METRIC[figure.metric],
    value: negate ? -figure.value : figure.value,
    low: negate ? -figure.high : figure.low,
    high: negate ? -figure.low : figure.high,
  };
}

const statedReporters = new WeakMap<readonly Figure[], ReadonlyMap<string, string>>();

/**
 * Whether a pair figure is a stated one seen here from its partner's side ("Georgia's imports"
 * for Belarus's exports): its permalink then names that side. `stated` is the corpus's figures;
 * their reporters are indexed once per array.
 */
export function seenFromPartner(figure: PairFigure, stated: readonly Figure[]): boolean {
  if (figure.derived || figure.metric === "share") return false;
  let reporters = statedReporters.get(stated);
  if (!reporters) {
    reporters = new Map(stated.map((f) => [f.id, f.reporter]));
    statedReporters.set(stated, reporters);
  }
  const reporter = reporters.get(figure.id);
  return reporter !== undefined && reporter !== figure.reporter;
}

function toPairFigure(figure: Figure): PairFigure {
  return {
    id: figure.id,
    reporter: figure.reporter,
    partner: figure.partner,
    metric: figure.metric,
    period: figure.period,
    value: figure.value,
    currency: figure.currency,
    qualifier: figure.qualifier,
    kind: figure.kind,
    ...rangeOf(figure),
    derived: false,
    derivedFrom: [],
    conflict: false,
    confidence: figure.confidence,
    review: figure.review ?? null,
    source: { articleId: figure.articleId, sentenceIndex: figure.sentenceIndex, span: [figure.span[0], figure.span[1]] },
  };
}

/** How far a derivation can trust a stated figure: an editor's review makes it certain, else the extractor's confidence. */
function trustOf(figure: PairFigure): number {
  return figure.review ? 1 : figure.confidence;
}

/** FNV-1a, 32 bit, as 8 hex digits: a short deterministic id part. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A "point" of the series: same pair (oriented), metric, period, kind and currency. */
function pointKey(f: Pick<PairFigure, "reporter" | "partner" | "metric" | "period" | "kind" | "currency">): string {
  return [f.reporter, f.partner, f.metric, f.period, f.kind, f.currency ?? ""].join("|");
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The balance derived where exports E and imports I are stated for the same pair, period and
 * currency and the balance is not: E − I. Exports and imports derived where turnover T and
 * balance B are stated for the same pair,
 * period and currency (kind actual) and neither exports nor imports is: exports = (T + B) / 2,
 * imports = (T − B) / 2, computed for every (T, B) combination so conflicting inputs give
 * conflicting derived values rather than an average. The range follows by interval arithmetic;
 * the qualifier is exact if both inputs are, else approx. The confidence is the product of the
 * inputs' (a derived value is right only if both readings are; they are taken as independent,
 * so it is never more certain than its weaker input). Ids are "d-<metric>-<hash of the
 * input ids>", stable across runs; all figures must already face the same side.
 */
function deriveFigures(stated: PairFigure[]): PairFigure[] {
  const byPeriod = groupBy(
    stated.filter((f) => f.kind === "actual" && f.metric !== "share"),
    (f) => [f.reporter, f.partner, f.period, f.currency ?? ""].join("|"),
  );
  const derived: PairFigure[] = [];
  for (const group of byPeriod.values()) {
    // The balance where exports and imports are stated and it is not: exports − imports.
    if (!group.some((f) => f.metric === "balance")) {
      for (const e of group.filter((f) => f.metric === "exports")) {
        for (const i of group.filter((f) => f.metric === "imports")) {
          const derivedFrom = [e.id, i.id];
          derived.push({
            // Sorted for the id: from the other side the same two figures are imports and exports.
            id: `d-balance-${hashOf([...derivedFrom].sort().join(" "))}`, reporter: e.reporter, partner: e.partner, metric: "balance", period: e.period, currency: e.currency,
            qualifier: e.qualifier === "exact" && i.qualifier === "exact" ? "exact" : "approx", kind: "actual", derived: true, derivedFrom, conflict: false,
            confidence: trustOf(e) * trustOf(i), review: null, source: null, value: e.value - i.value, low: e.low - i.high, high: e.high - i.low,
          });
        }
      }
    }
    if (group.some((f) => f.metric === "exports" || f.metric === "imports")) continue;
    for (const t of group.filter((f) => f.metric === "turnover")) {
      for (const b of group.filter((f) => f.metric === "balance")) {
        const qualifier = t.qualifier === "exact" && b.qualifier === "exact" ? "exact" : "approx";
        const derivedFrom = [t.id, b.id];
        const base = { reporter: t.reporter, partner: t.partner, period: t.period, currency: t.currency, qualifier, kind: "actual", derived: true, derivedFrom, conflict: false, confidence: trustOf(t) * trustOf(b), review: null, source: null } as const;
        derived.push(
          { ...base, id: `d-exports-${hashOf(derivedFrom.join(" "))}`, metric: "exports", value: (t.value + b.value) / 2, low: (t.low + b.low) / 2, high: (t.high + b.high) / 2 },
          { ...base, id: `d-imports-${hashOf(derivedFrom.join(" "))}`, metric: "imports", value: (t.value - b.value) / 2, low: (t.low - b.high) / 2, high: (t.high - b.low) / 2 },
        );
      }
    }
  }
  return derived;
}

/** Marks every figure whose point holds another figure with a different value (all of them are kept). */
function markConflicts(figures: PairFigure[]): PairFigure[] {
  const byPoint = groupBy(figures, pointKey);
  return figures.map((f) => {
    const conflict = (byPoint.get(pointKey(f)) ?? []).some((other) => other.value !== f.value);
    return conflict ? { ...f, conflict } : f;
  });
}

function comparePairFigures(a: PairFigure, b: PairFigure): number {
  return (
    a.period.localeCompare(b.period) ||
    METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
    Number(a.derived) - Number(b.derived) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Every figure between `from` and `to`, seen from `from`'s side: the stated ones (all kinds;
 * only `actual` ones are series points — targets and forecasts are kept for listing but never
 * derived from nor charted) plus the derived exports/imports, with conflicts marked. Derivation
 * runs in one canonical orientation (alphabetically first code as reporter) so a derived
 * figure keeps its id from either side. Sorted by period, then metric (METRIC_ORDER), stated
 * before derived, then id.
 */
export function pairFiguresFor(figures: Figure[], from: CountryCode, to: CountryCode): PairFigure[] {
  const canonical = from < to ? from : to;
  const stated = figures
    .filter((f) => (f.reporter === from && f.partner === to) || (f.reporter === to && f.partner === from))
    .map((f) => toPairFigure(orientFigure(f, canonical)));
  const all = markConflicts([...stated, ...deriveFigures(stated)]);
  return all.map((f) => orientPairFigure(f, from)).sort(comparePairFigures);
}

/**
 * The country pairs the figures speak of, each once, as `a` < `b` (alphabetical codes), with
 * the number of stated figures and the ids of the articles stating them (sorted). Sorted by
 * figure count (most first), then codes.
 */
export function listPairs(figures: Figure[]): Array<{ a: CountryCode; b: CountryCode; figureCount: number; articleIds: string[] }> {
  const byPair = groupBy(figures, (f) => [f.reporter, f.partner].sort().join("|"));
  return [...byPair.entries()]
    .map(([key, group]) => {
      const [a = "", b = ""] = key.split("|");
      return { a, b, figureCount: group.length, articleIds: [...new Set(group.map((f) => f.articleId))].sort() };
    })
    .sort((x, y) => y.figureCount - x.figureCount || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** One failed identity among figures one article states for the same pair and period. */
export type ConsistencyIssue = {
  articleId: string;
  period: string;
  identity: "turnover = exports + imports" | "balance = exports - imports";
  /** Ids of the figures the identity was checked over. */
  figureIds: string[];
};

/**
 * Half a unit of the last non-zero digit of a stated value (64180000 → 5000, 237100000 →
 * 50000): how far the stated number may be from the true one through rounding alone.
 */
export function roundingOf(value: number): number {
  const m = Math.abs(value);
  if (m === 0 || !Number.isFinite(m)) return 0;
  let unit = 10 ** Math.floor(Math.log10(m));
  while (unit > 1e-9 && Math.abs(Math.round(m / unit) * unit - m) > unit * 1e-9) unit /= 10;
  return unit / 2;
}

/** The interval a stated figure allows: its range widened by the rounding of the stated number. */
function toleranceOf(f: PairFigure): [number, number] {
  const r = roundingOf(f.value);
  return [f.low - r, f.high + r];
}

/**
 * Checks, per article, pair, period, kind and currency, the stated (never derived) figures
 * against turnover = exports + imports and balance = exports − imports wherever every term of
 * an identity is stated. Each figure stands for its range (rangeOf) widened by its rounding
 * (roundingOf); an identity fails when the two sides' intervals do not overlap. Figures must
 * face one side, as pairFiguresFor returns them.
 */
export function checkConsistency(figures: PairFigure[]): ConsistencyIssue[] {
  const groups = groupBy(
    figures.filter((f) => f.source !== null && f.metric !== "share"),
    (f) => [f.source?.articleId, f.reporter, f.partner, f.period, f.kind, f.currency ?? ""].join("|"),
  );
  const issues: ConsistencyIssue[] = [];
  for (const group of groups.values()) {
    const one = (metric: Metric) => group.filter((f) => f.metric === metric);
    const [t, x, m, b] = [one("turnover"), one("exports"), one("imports"), one("balance")];
    const overlaps = (lhs: PairFigure, [lo, hi]: [number, number]) => {
      const [l, h] = toleranceOf(lhs);
      return l <= hi && lo <= h;
    };
    for (const ex of x) {
      for (const im of m) {
        const [xl, xh] = toleranceOf(ex);
        const [ml, mh] = toleranceOf(im);
        const head = { articleId: ex.source?.articleId ?? "", period: ex.period };
        for (const tf of t) {
          if (!overlaps(tf, [xl + ml, xh + mh])) issues.push({ ...head, identity: "turnover = exports + imports", figureIds: [tf.id, ex.id, im.id] });
        }
        for (const bf of b) {
          if (!overlaps(bf, [xl - mh, xh - ml])) issues.push({ ...head, identity: "balance = exports - imports", figureIds: [bf.id, ex.id, im.id] });
        }
      }
    }
  }
  return issues;
}
