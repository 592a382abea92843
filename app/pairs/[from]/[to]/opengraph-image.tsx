import { getPairView } from "@/lib/corpus";
import { countryBySlug } from "@/lib/countries";
import { countryRefFor } from "@/lib/series/pair-view";
import { turnoverByYear } from "@/lib/series/country-view";
import { SHARE_IMAGE_SIZE, seriesSummary, shareImage } from "@/lib/view/share-image";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "The pair's turnover by year, with its source line";

/** The pair page's preview: its turnover by year and where the figures come from. */
export default async function PairImage({ params }: { params: Promise<{ from: string; to: string }> }) {
  const { from, to } = await params;
  const [a, b] = [countryBySlug(from), countryBySlug(to)];
  const view = a && b && a.code !== b.code ? await getPairView(countryRefFor(a.code), countryRefFor(b.code)) : undefined;
  const series = view ? turnoverByYear(view.figures) : [];
  const articles = view ? new Set(Object.values(view.excerpts).map((e) => e.articleId)).size : 0;
  return shareImage({
    title: a && b ? `${a.name} – ${b.name} trade` : "Trade between two countries",
    series,
    summary: seriesSummary("Turnover", series),
    source: `tradecite: figures from ${articles} ${articles === 1 ? "news article" : "news articles"}, each linked to the sentence that states it`,
  });
}
