import type { Metadata } from "next";
import Link from "next/link";
import { getComparison, listPairSummaries } from "@/lib/corpus";
import { compareQuery, MAX_COMPARED_PAIRS, parseCompareRequest, type CompareRequest } from "@/lib/series/compare-view";
import { CHART_METRICS } from "@/lib/series/metrics";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { CompareExplorer } from "@/components/compare-explorer";

type Query = Record<string, string | string[] | undefined>;

const listOf = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** Belarus with its three largest partners: the comparison the page suggests. */
const SUGGESTED = "pair=belarus:russia&pair=belarus:china&pair=belarus:ukraine&metric=turnover";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }): Promise<Metadata> {
  const query = await searchParams;
  const parsed = parseCompareRequest(listOf(query.pair), firstOf(query.metric));
  if (!parsed.ok) return { title: "Compare pairs", alternates: { canonical: "/compare" } };
  const names = parsed.request.pairs.map((p) => `${p.from.name} – ${p.to.name}`).join(", ");
  return { title: `${formatMetric(parsed.request.metric)} compared: ${names}`, description: `${formatMetric(parsed.request.metric)} of ${names} as news articles state it, on one chart, each figure linked to its source sentence.`, alternates: { canonical: `/compare?${compareQuery(parsed.request)}` } };
}

/** The form that picks the pairs and the metric; it works without scripts (a GET to this page). */
async function CompareForm({ request }: { request: CompareRequest | null }) {
  const pairs = await listPairSummaries();
  const chosen = new Set(request?.pairs.map((p) => `${p.from.slug}:${p.to.slug}`) ?? []);
  const options = pairs.map((p) => ({ value: `${p.from.slug}:${p.to.slug}`, label: `${p.from.name} – ${p.to.name}` }));
  // A pair asked for from its other side is listed as asked, so the form keeps it selected.
  for (const p of request?.pairs ?? []) if (!options.some((o) => o.value === `${p.from.slug}:${p.to.slug}`)) options.unshift({ value: `${p.from.slug}:${p.to.slug}`, label: `${p.from.name} – ${p.to.name}` });
  options.sort((a, b) => Number(chosen.has(b.value)) - Number(chosen.has(a.value)) || a.label.localeCompare(b.label));
  return (
    <form method="get" action="/compare" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Choose pairs to compare">
      <label>
        <span className="block font-semibold">Pairs (up to {MAX_COMPARED_PAIRS}; Ctrl or ⌘ to pick several)</span>
        <select name="pair" multiple size={8} defaultValue={[...chosen]} className="min-w-64 rounded border border-line bg-page px-2 py-1">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="block font-semibold">Metric</span>
        <select name="metric" defaultValue={request?.metric ?? "turnover"} className="rounded border border-line bg-page px-2 py-1">
          {CHART_METRICS.map((m) => (
            <option key={m} value={m}>
              {formatMetric(m).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-line px-3 py-1">
        Compare
      </button>
    </form>
  );
}

/**
 * Several pairs on one chart: one metric, one currency, each pair seen from its first country,
 * with a table of every figure drawn (each linked to its source sentence), the CSV of them and
 * the chart as an image. The URL says it all: `?pair=belarus:russia&pair=…&metric=turnover`.
 */
export default async function ComparePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const asked = listOf(query.pair);
  const parsed = parseCompareRequest(asked, firstOf(query.metric));
  if (!parsed.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Compare pairs</h1>
        {asked.length > 0 || query.metric !== undefined ? (
          <p role="alert" className="rounded border border-line bg-panel p-3">
            Cannot compare: {parsed.error}.
          </p>
        ) : (
          <p className="text-muted">
            Pick up to {MAX_COMPARED_PAIRS} pairs to draw on one chart, or start from <Link href={`/compare?${SUGGESTED}`}>Belarus with Russia, China and Ukraine</Link>.
          </p>
        )}
        <CompareForm request={null} />
      </div>
    );
  }
  const { request } = parsed;
  const { view, views } = await getComparison(request);
  const excerpts = Object.assign({}, ...views.map((v) => v.excerpts)) as (typeof views)[number]["excerpts"];
  const rows = view.series.flatMap((s, i) => s.figures.map((f) => ({ s, i, f }))).sort((a, b) => a.f.period.localeCompare(b.f.period) || a.i - b.i);
  const sources = [...new Map(rows.flatMap(({ f }) => (f.derived ? f.derivedFrom : [f.id])).flatMap((id) => (excerpts[id] ? [[excerpts[id].articleId, excerpts[id]] as const] : []))).values()].map((e) => ({ title: e.title, publisher: e.publisher, date: e.date }));
  const description = view.series.map((s) => `${s.from.name} – ${s.to.name}: ${s.figures.length === 0 ? "no figures" : s.figures.map((f) => `${formatPeriod(f.period)} ${formatValue(f.value, f.currency, f.qualifier)}`).join("; ")}`).join(". ");
  const q = compareQuery(request);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{formatMetric(request.metric)} compared</h1>
        <p className="text-muted">
          {view.series.map((s) => `${s.from.name} – ${s.to.name}`).join(", ")}: actual figures stated in news articles or derived from them, in {view.currency ?? "USD"}, each pair seen from its first country.
          {view.otherCurrency > 0 ? ` ${view.otherCurrency} ${view.otherCurrency === 1 ? "figure" : "figures"} in other currencies ${view.otherCurrency === 1 ? "is" : "are"} on the pair pages, not on this axis.` : ""}
        </p>
      </header>
      {view.series.some((s) => s.figures.length === 0) ? (
        <p role="status" className="text-sm">
          No {formatMetric(request.metric).toLowerCase()} figures for {view.series.filter((s) => s.figures.length === 0).map((s) => `${s.from.name} – ${s.to.name}`).join(", ")}.
        </p>
      ) : null}
      <CompareExplorer view={view} sources={sources} description={description} fileStem={`tradecite-compare-${request.metric}`} />
      <p>
        <a href={`/api/compare.csv?${q}`} download>
          Download these figures (CSV)
        </a>
      </p>
      <section aria-labelledby="compare-table-heading" className="space-y-2">
        <h2 id="compare-table-heading" className="text-xl font-semibold">
          Every figure on the chart
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="compare-table">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">Pair</th>
                <th scope="col" className="px-2 py-1">Period</th>
                <th scope="col" className="px-2 py-1 text-right">{formatMetric(request.metric)}</th>
                <th scope="col" className="px-2 py-1">Source</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ s, f }) => {
                const excerpt = excerpts[f.derived ? f.derivedFrom[0]! : f.id];
                return (
                  <tr key={`${s.key}-${f.id}`} className="border-b border-line" data-pair={s.key}>
                    <td className="px-2 py-1">{s.from.name} – {s.to.name}</td>
                    <td className="px-2 py-1 whitespace-nowrap">{formatPeriod(f.period)}</td>
                    <td className="px-2 py-1 text-right tabular-nums whitespace-nowrap">
                      <Link href={`/pairs/${s.from.slug}/${s.to.slug}?figure=${encodeURIComponent(f.id)}`}>{formatValue(f.value, f.currency, f.qualifier)}</Link>
                      {f.derived ? <span className="text-muted"> (derived)</span> : null}
                    </td>
                    <td className="px-2 py-1">{excerpt ? `${excerpt.title}${excerpt.publisher ? `, ${excerpt.publisher}` : ""}${excerpt.date ? `, ${excerpt.date}` : ""}` : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="compare-form-heading" className="space-y-2">
        <h2 id="compare-form-heading" className="text-xl font-semibold">
          Compare other pairs
        </h2>
        <CompareForm request={request} />
      </section>
    </div>
  );
}
