import Link from "next/link";
import { isUnconfirmed } from "@/lib/view/confidence-display";
import { listArticles, listPairSummaries, listTradingCountries } from "@/lib/corpus";
import { formatPeriod, formatValue } from "@/lib/view/format";
import { ArticleList } from "@/components/article-list";
import { Sparkline } from "@/components/sparkline";

/** How many of the newest articles the overview lists; the rest are a page away. */
const LATEST_ARTICLES = 10;

export default async function OverviewPage() {
  const [pairs, latest, countries] = await Promise.all([listPairSummaries(), listArticles(0, LATEST_ARTICLES), listTradingCountries()]);
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
        {pairs.length === 0 ? <p>No trade figures in the corpus yet.</p> : null}
        <ul className="grid gap-3 sm:grid-cols-2">
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
