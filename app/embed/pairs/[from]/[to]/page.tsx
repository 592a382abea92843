import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPairView } from "@/lib/corpus";
import { countryBySlug } from "@/lib/countries";
import { countryRefFor } from "@/lib/series/pair-view";
import { chartCurrencyOf } from "@/lib/series/metrics";
import { EmbedChart } from "@/components/embed-chart";

type Params = { from: string; to: string };

function pairOf({ from, to }: Params) {
  const [a, b] = [countryBySlug(from), countryBySlug(to)];
  return a && b && a.code !== b.code ? { from: countryRefFor(a.code), to: countryRefFor(b.code) } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pair = pairOf(await params);
  return pair ? { title: `${pair.from.name} – ${pair.to.name} trade (chart)`, robots: { index: false }, alternates: { canonical: `/pairs/${pair.from.slug}/${pair.to.slug}` } } : {};
}

/**
 * A pair's chart alone, for another site's iframe (`<iframe src="…/embed/pairs/belarus/georgia">`),
 * with its source line: where the figures come from and a link to the pair's page with every
 * figure's sentence.
 */
export default async function EmbedPairPage({ params }: { params: Promise<Params> }) {
  const pair = pairOf(await params);
  const view = pair && (await getPairView(pair.from, pair.to));
  if (!pair || !view || view.figures.length === 0) notFound();
  const articles = [...new Map(Object.values(view.excerpts).map((e) => [e.articleId, e])).values()];
  const publishers = [...new Set(articles.map((a) => a.publisher ?? a.title))];
  const currency = chartCurrencyOf(view.figures);
  return (
    <figure className="space-y-2 p-3" data-testid="embed-chart">
      <figcaption className="text-sm font-semibold">
        {pair.from.name}&apos;s trade with {pair.to.name}
        {currency ? `, ${currency}` : ""}
      </figcaption>
      <EmbedChart figures={view.figures} />
      <p className="text-xs text-muted" data-testid="source-line">
        Source: {articles.length} {articles.length === 1 ? "news article" : "news articles"} ({publishers.slice(0, 3).join("; ")}
        {publishers.length > 3 ? "; …" : ""}), read by tradecite.{" "}
        <a href={`/pairs/${pair.from.slug}/${pair.to.slug}`} target="_blank" rel="noopener">
          Every figure with its sentence
        </a>
      </p>
    </figure>
  );
}
