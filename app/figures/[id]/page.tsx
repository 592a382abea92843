import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { resolveFigureRequest } from "@/lib/api/api-params";
import { isUnconfirmed } from "@/lib/view/confidence-display";
import { getFigureScope } from "@/lib/corpus";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { countryRefFor, excerptsFor } from "@/lib/series/pair-view";
import type { PairFigure } from "@/lib/series/series";
import { FigureFromSide, FigureSummary, type FigureView } from "@/components/figure-summary";

type Params = { id: string };

/**
 * The figure's views: as its reporter states it (a derived one from its pair's first code), and
 * from each of its two countries, keyed by slug; the default view's slug too.
 */
async function figureViewsOf(id: string): Promise<{ views: Record<string, FigureView>; defaultSlug: string } | undefined> {
  const corpus = await getFigureScope(id);
  if (!corpus) return undefined;
  const resolved = resolveFigureRequest({ id }, corpus.figures, corpus.pairFigures);
  if (!resolved.ok) return undefined;
  const viewOf = (figure: PairFigure, side?: string): FigureView => {
    const inputs = figure.derived ? corpus.pairFigures.filter((f) => figure.derivedFrom.includes(f.id)) : [];
    return { figure, inputs, side, from: countryRefFor(figure.reporter), to: countryRefFor(figure.partner), excerpts: excerptsFor(corpus.articles, [figure, ...inputs]) };
  };
  const own = resolved.figure;
  const defaultSlug = countryRefFor(own.reporter).slug;
  const views: Record<string, FigureView> = { [defaultSlug]: viewOf(own) };
  const otherSlug = countryRefFor(own.partner).slug;
  const other = resolveFigureRequest({ id, side: otherSlug }, corpus.figures, corpus.pairFigures);
  if (other.ok && other.figure.reporter !== own.reporter) views[otherSlug] = viewOf(other.figure, otherSlug);
  return { views, defaultSlug };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await figureViewsOf((await params).id);
  if (!found) return {};
  const { figure, from, to, excerpts } = found.views[found.defaultSlug]!;
  const title = `${from.name} – ${to.name} ${formatMetric(figure.metric).toLowerCase()} ${formatPeriod(figure.period)}: ${formatValue(figure.value, figure.currency, figure.qualifier)}${isUnconfirmed(figure) ? " (unconfirmed)" : ""}`;
  const excerpt = excerpts[figure.id];
  const description = excerpt ? `“${excerpt.lead}${excerpt.number}${excerpt.tail}” — ${excerpt.title}${excerpt.publisher ? `, ${excerpt.publisher}` : ""}` : `Derived from ${figure.derivedFrom.length} stated figures.`;
  return { title, description, openGraph: { title, description, type: "article" }, alternates: { canonical: `/figures/${figure.id}` } };
}

export default async function FigurePage({ params }: { params: Promise<Params> }) {
  const found = await figureViewsOf((await params).id);
  if (!found) notFound();
  const { views, defaultSlug } = found;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {/* Kept in Next's cache: the reporter's view is in the HTML; ?side= switches in the browser. */}
      <Suspense fallback={<FigureSummary view={views[defaultSlug]!} />}>
        <FigureFromSide views={views} defaultSlug={defaultSlug} />
      </Suspense>
    </div>
  );
}
