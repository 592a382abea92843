import { countryMatches } from "@/lib/countries";
import { metricSchema, type Metric } from "@/lib/schema";

/** What the overview's search asks for: a country's name, a metric stated, years the figures reach into, and a page of results. */
export type PairFilter = { q: string; metric: Metric | null; from: number | null; to: number | null; page: number };

/** A pair as the filter reads it: its two countries, the metrics stated and the years its periods reach. */
export type FilterablePair = { a: string; b: string; metrics: string[]; firstYear: number; lastYear: number };

/** Pairs the overview shows on a page: it stays small however large the corpus. */
export const PAIRS_PER_PAGE = 60;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const year = (value: string) => (/^\d{4}$/.test(value.trim()) ? Number(value) : null);

/** The filter a query string gives (`?q=Беларусь&metric=exports&from=2010&to=2015&page=2`); what is not understood asks for nothing. */
export function pairFilterOf(query: Record<string, string | string[] | undefined>): PairFilter {
  const metric = metricSchema.safeParse(one(query.metric));
  const page = Number(one(query.page));
  return { q: one(query.q).slice(0, 100).trim(), metric: metric.success ? metric.data : null, from: year(one(query.from)), to: year(one(query.to)), page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1 };
}

/** The pairs that match: either country named by the search, the metric stated, and figures reaching into the years asked for. */
export function filterPairs<P extends FilterablePair>(pairs: P[], filter: PairFilter): P[] {
  return pairs.filter(
    (p) =>
      (countryMatches(p.a, filter.q) || countryMatches(p.b, filter.q)) &&
      (filter.metric === null || p.metrics.includes(filter.metric)) &&
      (filter.from === null || p.lastYear >= filter.from) &&
      (filter.to === null || p.firstYear <= filter.to),
  );
}

/** The query string of a filter (its page too), leaving out what asks for nothing. */
export function pairFilterQuery(filter: PairFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.metric) params.set("metric", filter.metric);
  if (filter.from !== null) params.set("from", String(filter.from));
  if (filter.to !== null) params.set("to", String(filter.to));
  if (filter.page > 1) params.set("page", String(filter.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
