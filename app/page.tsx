import Link from "next/link";
import { isUnconfirmed } from "@/lib/confidence-display";
import { getCorpus } from "@/lib/corpus";
import { formatDate, formatPeriod, formatValue } from "@/lib/format";
import { countryRefFor } from "@/lib/pair-view";
import { listPairs, pairFiguresFor } from "@/lib/series";
import { Sparkline } from "@/components/sparkline";

/** Read on every request (from the cached corpus), so an article ingested into a running server shows at once. */
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { articles, figures } = await getCorpus();
  const pairs = listPairs(figures).map((pair) => {
    const [a, b] = [countryRefFor(pair.a), countryRefFor(pair.b)];
    const turnover = pairFiguresFor(figures, pair.a, pair.b).filter((f) => f.metric === "turnover" && f.kind === "actual");
    return { ...pair, from: a, to: b, turnover, latest: turnover.at(-1) };
  });
  const figureCounts = new Map<string, number>();
  for (const f of figures) figureCounts.set(f.articleId, (figureCounts.get(f.articleId) ?? 0) + 1);
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
                  {p.figureCount} {p.figureCount === 1 ? "figure" : "figures"} from {p.articleIds.length} {p.articleIds.length === 1 ? "article" : "articles"}
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
              <Sparkline figures={p.turnover} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-xl font-semibold">
          Articles
        </h2>
        <ul className="space-y-2">
          {articles.map((a) => (
            <li key={a.id}>
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              <span className="block text-sm text-muted">
                {[a.publisher, a.date ? formatDate(a.date) : null].filter(Boolean).join(", ")}
                {a.publisher || a.date ? " · " : ""}
                {figureCounts.get(a.id) ?? 0} trade {figureCounts.get(a.id) === 1 ? "figure" : "figures"}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
