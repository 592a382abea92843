import { z } from "zod";
import { countryBySlug } from "@/lib/countries";
import type { Metric } from "@/lib/schema";
import { CHART_METRICS, chartCurrencyOf } from "@/lib/series/metrics";
import { countryRefFor, type CountryRef, type PairView } from "@/lib/series/pair-view";
import type { PairFigure } from "@/lib/series/series";

/** The most pairs one comparison draws: past six, lines can no longer be told apart by colour. */
export const MAX_COMPARED_PAIRS = 6;

/** A compared pair, from its first country's side. */
export type ComparedPair = { from: CountryRef; to: CountryRef };

export type CompareRequest = { pairs: ComparedPair[]; metric: Metric };

const pairParam = z.string().max(200).regex(/^[a-z0-9-]+:[a-z0-9-]+$/, "expected two country slugs joined by ':', as in belarus:russia");

/**
 * Reads `?pair=belarus:russia&pair=belarus:china&metric=turnover`: one to six pairs of two
 * different known countries (a pair given twice counts once), and a chart metric (turnover
 * when none is given). Anything else is a message naming what is wrong.
 */
export function parseCompareRequest(pairs: string[], metric: string | null): { ok: true; request: CompareRequest } | { ok: false; error: string } {
  const chosen = metric ?? "turnover";
  if (!(CHART_METRICS as readonly string[]).includes(chosen)) return { ok: false, error: `unknown metric '${chosen.slice(0, 40)}' (one of ${CHART_METRICS.join(", ")})` };
  if (pairs.length === 0) return { ok: false, error: "no pair to compare" };
  const seen = new Map<string, ComparedPair>();
  for (const raw of pairs) {
    const parsed = pairParam.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `pair '${raw.slice(0, 60)}': ${parsed.error.issues[0]?.message}` };
    const [fromSlug, toSlug] = parsed.data.split(":") as [string, string];
    const [from, to] = [countryBySlug(fromSlug), countryBySlug(toSlug)];
    if (!from || !to) return { ok: false, error: `pair '${raw}': no country '${from ? toSlug : fromSlug}'` };
    if (from.code === to.code) return { ok: false, error: `pair '${raw}': a country is not its own partner` };
    seen.set(`${from.code}:${to.code}`, { from: countryRefFor(from.code), to: countryRefFor(to.code) });
  }
  if (seen.size > MAX_COMPARED_PAIRS) return { ok: false, error: `at most ${MAX_COMPARED_PAIRS} pairs at once (${seen.size} given)` };
  return { ok: true, request: { pairs: [...seen.values()], metric: chosen as Metric } };
}

/** The query string of a comparison: what its page, CSV and image links carry. */
export function compareQuery({ pairs, metric }: CompareRequest): string {
  return new URLSearchParams([...pairs.map((p): [string, string] => ["pair", `${p.from.slug}:${p.to.slug}`]), ["metric", metric]]).toString();
}

/** One compared pair's series: its actual figures of the metric in the comparison's currency. */
export type CompareSeries = ComparedPair & { key: string; figures: PairFigure[] };

export type CompareView = {
  metric: Metric;
  /** The one currency of the value axis: the one most of the figures are in (USD on a tie). */
  currency: string | null;
  series: CompareSeries[];
  /** How many actual figures of the metric are in another currency, and so left out. */
  otherCurrency: number;
};

/**
 * What the compare page draws from the pairs' views: for each pair, its actual figures of the
 * metric (stated and derived), all in one currency; the rest counted, never mixed in.
 */
export function compareViewOf(views: PairView[], metric: Metric): CompareView {
  const actual = views.map((v) => v.figures.filter((f) => f.metric === metric && f.kind === "actual" && f.currency !== null));
  const currency = chartCurrencyOf(actual.flat());
  const series = views.map((v, i) => ({ from: v.from, to: v.to, key: `${v.from.slug}:${v.to.slug}`, figures: actual[i]!.filter((f) => f.currency === currency) }));
  return { metric, currency, series, otherCurrency: actual.flat().length - series.reduce((n, s) => n + s.figures.length, 0) };
}
