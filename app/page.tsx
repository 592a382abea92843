import Link from "next/link";
import { isUnconfirmed } from "@/lib/view/confidence-display";
import { listArticles, listPairSummaries, listTradingCountries } from "@/lib/corpus";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { filterPairs, pairFilterOf, pairFilterQuery, PAIRS_PER_PAGE } from "@/lib/view/pair-filter";
import { ArticleList } from "@/components/article-list";
import { Sparkline } from "@/components/sparkline";

/** How many of the newest articles the overview lists; the rest are a page away. */
const LATEST_ARTICLES = 10;

const METRIC_OPTIONS = ["turnover", "exports", "imports", "balance", "share"] as const;

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [all, latest, countries] = await Promise.all([listPairSummaries(), listArticles(0, LATEST_ARTICLES), listTradingCountries()]);
  const filter = pairFilterOf(await searchParams);
  const matching = filterPairs(all, filter);
  const pageCount = Math.max(1, Math.ceil(matching.length / PAIRS_PER_PAGE));
  const page = Math.min(filter.page, pageCount);
  const pairs = matching.slice((page - 1) * PAIRS_PER_PAGE, page * PAIRS_PER_PAGE);
  const filtered = filter.q !== "" || filter.metric !== null || filter.from !== null || filter.to !== null;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Bilateral trade in the news</h1>
      <section aria-labelledby="pairs-heading" className="space-y-3">
        <h2 id="pairs-heading" className="text-xl font-semibold">
          Country pairs
        </h2>
        <p data-slot="corpus-downloads">
          <a href="/api/figures.csv" download>
            Download all figures (CSV)
          </a>
        </p>
        <form role="search" aria-label="Find country pairs" method="get" action="/" className="flex flex-wrap items-end gap-3 text-sm">
          <label>
            <span className="block font-semibold">Country</span>
            <input type="search" name="q" defaultValue={filter.q} placeholder="Belarus, Беларусь, Türkiye…" maxLength={100} className="rounded border border-line bg-page px-2 py-1" />
          </label>
          <label>
            <span className="block font-semibold">Metric stated</span>
            <select name="metric" defaultValue={filter.metric ?? ""} className="rounded border border-line bg-page px-2 py-1">
              <option value="">any</option>
              {METRIC_OPTIONS.map((m) => (
                <option key={m} value={m}>
                  {formatMetric(m).toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="block font-semibold">From year</span>
            <input name="from" inputMode="numeric" pattern="\d{4}" defaultValue={filter.from ?? ""} className="w-20 rounded border border-line bg-page px-2 py-1" />
          </label>
          <label>
            <span className="block font-semibold">To year</span>
            <input name="to" inputMode="numeric" pattern="\d{4}" defaultValue={filter.to ?? ""} className="w-20 rounded border border-line bg-page px-2 py-1" />
          </label>
          <button type="submit" className="rounded border border-line px-3 py-1">
            Find
          </button>
          {filtered ? <Link href="/">Show all</Link> : null}
        </form>
        <p role="status" className="text-sm text-muted" data-testid="pair-count">
          {all.length === 0
            ? "No trade figures in the corpus yet."
            : matching.length === 0
              ? "No pair matches."
              : `${matching.length} ${matching.length === 1 ? "pair" : "pairs"}${filtered ? " match" : ""}${pageCount > 1 ? `; ${(page - 1) * PAIRS_PER_PAGE + 1}–${(page - 1) * PAIRS_PER_PAGE + pairs.length} shown` : ""}.`}
        </p>
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="pair-list">
          {pairs.map((p) => (
            <li key={`${p.a}-${p.b}`} className="flex items-center justify-between gap-3 rounded border border-line p-3">
              <div className="min-w-0 space-y-1">
                <Link href={`/pairs/${p.from.slug}/${p.to.slug}`} className="font-semibold">
                  {p.from.name} – {p.to.name}
                </Link>
                <p className="text-sm text-muted">
                  {p.figureCount} {p.figureCount === 1 ? "figure" : "figures"} from {p.articleCount} {p.articleCount === 1 ? "article" : "articles"}
                </p>
                <p className="text-sm">
                  {p.latest ? (
                    <>
                      Latest turnover ({formatPeriod(p.latest.period)}): {formatValue(p.latest.value, p.latest.currency, p.latest.qualifier)}
                      {isUnconfirmed(p.latest) ? " (unconfirmed)" : ""}
                    </>
                  ) : (
                    "No turnover stated"
                  )}
                </p>
              </div>
              <Sparkline figures={p.sparkline} />
            </li>
          ))}
        </ul>
        {pageCount > 1 ? (
          <nav aria-label="Pages of pairs" className="flex gap-4 text-sm">
            {page > 1 ? <Link href={`/${pairFilterQuery({ ...filter, page: page - 1 })}`}>Previous pairs</Link> : null}
            {page < pageCount ? <Link href={`/${pairFilterQuery({ ...filter, page: page + 1 })}`}>Next pairs</Link> : null}
          </nav>
        ) : null}
      </section>
      {countries.length > 0 ? (
        <section aria-labelledby="countries-heading" className="space-y-2">
          <h2 id="countries-heading" className="text-xl font-semibold">
            Countries
          </h2>
          <p className="text-sm text-muted">Each country&apos;s partners, ranked by their latest trade figures.</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="country-list">
            {countries.map((c) => (
              <li key={c.code}>
                <Link href={`/countries/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-xl font-semibold">
          Latest articles
        </h2>
        <ArticleList articles={latest.articles} />
        {latest.total > latest.articles.length ? (
          <p>
            <Link href="/articles">All {latest.total} articles</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
