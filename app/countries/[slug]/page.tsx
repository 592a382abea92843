import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCountryPartners } from "@/lib/corpus";
import { countryBySlug } from "@/lib/countries";
import { COUNTRY_METRICS, countrySortOf, firstOrderOf, sortPartners, type CountrySort } from "@/lib/series/country-view";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { Sparkline } from "@/components/sparkline";
import { compareQuery } from "@/lib/series/compare-view";
import { countryRefFor } from "@/lib/series/pair-view";

type Params = { slug: string };
type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const country = countryBySlug((await params).slug);
  return country ? { title: `${country.name}'s trade partners`, description: `Every partner of ${country.name} in the news, ranked by their latest trade figures, each with its sources.`, alternates: { canonical: `/countries/${country.slug}` } } : {};
}

const COLUMNS: Array<{ by: CountrySort["by"]; label: string }> = [{ by: "partner", label: "Partner" }, ...COUNTRY_METRICS.map((m) => ({ by: m, label: `Latest ${formatMetric(m).toLowerCase()}` })), { by: "sources", label: "Sources" }];

/**
 * A country's partners: a table ranked by the latest value of a metric (each header sorts, by
 * a link, so it works without scripts), and each partner's turnover by year, small multiples.
 */
export default async function CountryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Query> }) {
  const country = countryBySlug((await params).slug);
  const rows = country && (await getCountryPartners(country.code));
  if (!country || !rows) notFound();
  const query = await searchParams;
  const sort = countrySortOf(query.sort, query.order);
  const sorted = sortPartners(rows, sort);
  // A header sorts by its column; the column sorted by already turns the order round.
  // The partners with the largest latest turnover, to compare on one chart.
  const largest = sortPartners(rows, { by: "turnover", order: "desc" }).filter((r) => r.latest.turnover && r.partner.code !== "WLD").slice(0, 3);
  const href = (by: CountrySort["by"]) => `/countries/${country.slug}?sort=${by}&order=${sort.by === by ? (sort.order === "asc" ? "desc" : "asc") : firstOrderOf(by)}`;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{country.name}&apos;s trade partners</h1>
        <p className="text-sm text-muted">
          {rows.length} {rows.length === 1 ? "partner" : "partners"} in the news; each value is the latest the articles state, seen from {country.name}, and links to its source.
        </p>
        {largest.length > 1 ? (
          <p className="text-sm">
            <Link href={`/compare?${compareQuery({ pairs: largest.map((r) => ({ from: countryRefFor(country.code), to: r.partner })), metric: "turnover" })}`}>
              Compare the turnover with {largest.map((r) => r.partner.name).join(", ")} on one chart
            </Link>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="ranking-heading" className="space-y-2">
        <h2 id="ranking-heading" className="text-xl font-semibold">
          Ranked by {COLUMNS.find((c) => c.by === sort.by)!.label.toLowerCase()}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="partner-table">
            <caption className="sr-only">Partners of {country.name}; each column header sorts the table by it</caption>
            <thead>
              <tr className="border-b border-line">
                {COLUMNS.map((c) => (
                  <th key={c.by} scope="col" aria-sort={sort.by === c.by ? (sort.order === "asc" ? "ascending" : "descending") : "none"} className="px-2 py-1 text-left align-bottom">
                    <Link href={href(c.by)} className="font-semibold no-underline" data-column={c.by}>
                      {c.label} <span aria-hidden="true">{sort.by === c.by ? (sort.order === "asc" ? "▲" : "▼") : "↕"}</span>
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.partner.code} className="border-b border-line" data-partner={row.partner.code}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <Link href={`/pairs/${country.slug}/${row.partner.slug}`}>{row.partner.name}</Link>
                  </th>
                  {COUNTRY_METRICS.map((m) => {
                    const f = row.latest[m];
                    return (
                      <td key={m} className="whitespace-nowrap px-2 py-1 text-right tabular-nums" data-metric={m}>
                        {f ? (
                          <Link href={`/pairs/${country.slug}/${row.partner.slug}?figure=${encodeURIComponent(f.id)}`}>
                            {formatValue(f.value, f.currency, f.qualifier)} <span className="text-muted">({formatPeriod(f.period)}{f.derived ? ", derived" : ""})</span>
                          </Link>
                        ) : (
                          <span className="text-muted">—</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="px-2 py-1 text-right tabular-nums">{row.sourceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="multiples-heading" className="space-y-3">
        <h2 id="multiples-heading" className="text-xl font-semibold">
          Turnover with each partner, by year
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="small-multiples">
          {sorted.map((row) => {
            const last = row.turnoverByYear.at(-1);
            return (
              <li key={row.partner.code} className="flex items-center justify-between gap-3 rounded border border-line p-3">
                <div className="min-w-0">
                  <Link href={`/pairs/${country.slug}/${row.partner.slug}`} className="font-semibold">
                    {row.partner.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {last ? `${row.turnoverByYear.length} ${row.turnoverByYear.length === 1 ? "year" : "years"}; ${formatPeriod(last.period)}: ${formatValue(last.value, last.currency, last.qualifier)}` : "No yearly turnover stated"}
                  </p>
                </div>
                <Sparkline figures={row.turnoverByYear} />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
