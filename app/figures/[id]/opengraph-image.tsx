import { getFigureScope } from "@/lib/corpus";
import { countryRefFor, pairViewFor } from "@/lib/series/pair-view";
import { turnoverByYear } from "@/lib/series/country-view";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { SHARE_IMAGE_SIZE, shareImage } from "@/lib/view/share-image";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "The figure, its pair's turnover by year, and its source";

/** A figure's preview: what it says, its pair's turnover by year, and the article it comes from. */
export default async function FigureImage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scope = await getFigureScope(id);
  const view = scope && pairViewFor(scope, countryRefFor(scope.a), countryRefFor(scope.b));
  const figure = view?.figures.find((f) => f.id === id);
  const excerpt = figure && view?.excerpts[figure.derived ? (figure.derivedFrom[0] ?? "") : figure.id];
  return shareImage({
    title: figure && view ? `${view.from.name} – ${view.to.name} ${formatMetric(figure.metric).toLowerCase()} ${formatPeriod(figure.period)}: ${formatValue(figure.value, figure.currency, figure.qualifier)}` : "A trade figure",
    series: view ? turnoverByYear(view.figures) : [],
    summary: excerpt ? `“${`${excerpt.lead}${excerpt.number}${excerpt.tail}`.slice(0, 110)}${excerpt.lead.length + excerpt.number.length + excerpt.tail.length > 110 ? "…" : ""}”` : "Derived from the figures it was computed from",
    source: excerpt ? `${excerpt.title.slice(0, 80)}${excerpt.publisher ? `, ${excerpt.publisher}` : ""} · via tradecite` : "via tradecite",
  });
}
