import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resolveFigureRequest, allPairFigures } from "@/lib/api-params";
import { isUnconfirmed } from "@/lib/confidence-display";
import { getCorpus } from "@/lib/corpus";
import { formatMetric, formatPeriod, formatValue } from "@/lib/format";
import { countryRefFor, excerptsFor } from "@/lib/pair-view";
import { SourcePanel } from "@/components/source-panel";
import { CiteMenu } from "@/components/cite-menu";

type Params = { id: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return allPairFigures(getCorpus().figures, null).map((f) => ({ id: f.id }));
}

/**
 * The figure (seen from its reporter, a derived one from its pair's first code, or from `side`
 * when that is one of its countries: a row cited from the other side), its pair and the
 * excerpts it rests on. A `side` that names neither country is ignored.
 */
function figureViewOf(id: string, side?: string) {
  const corpus = getCorpus();
  const sided = side ? resolveFigureRequest({ id, side }, corpus.figures) : undefined;
  const resolved = sided?.ok ? sided : resolveFigureRequest({ id }, corpus.figures);
  if (!resolved.ok) return undefined;
  const { figure } = resolved;
  const inputs = figure.derived ? allPairFigures(corpus.figures, null).filter((f) => figure.derivedFrom.includes(f.id)) : [];
  return { figure, inputs, side: sided?.ok ? side : undefined, from: countryRefFor(figure.reporter), to: countryRefFor(figure.partner), excerpts: excerptsFor(corpus.articles, [figure, ...inputs]) };
}

type SearchParams = Promise<{ side?: string | string[] }>;
const sideOf = async (searchParams: SearchParams) => {
  const { side } = await searchParams;
  return typeof side === "string" ? side : undefined;
};

export async function generateMetadata({ params, searchParams }: { params: Promise<Params>; searchParams: SearchParams }): Promise<Metadata> {
  const view = figureViewOf((await params).id, await sideOf(searchParams));
  if (!view) return {};
  const { figure, from, to, excerpts } = view;
  const title = `${from.name} – ${to.name} ${formatMetric(figure.metric).toLowerCase()} ${formatPeriod(figure.period)}: ${formatValue(figure.value, figure.currency, figure.qualifier)}${isUnconfirmed(figure) ? " (unconfirmed)" : ""}`;
  const excerpt = excerpts[figure.id];
  const description = excerpt ? `“${excerpt.lead}${excerpt.number}${excerpt.tail}” — ${excerpt.title}${excerpt.publisher ? `, ${excerpt.publisher}` : ""}` : `Derived from ${figure.derivedFrom.length} stated figures.`;
  return { title, description, openGraph: { title, description, type: "article" } };
}

export default async function FigurePage({ params, searchParams }: { params: Promise<Params>; searchParams: SearchParams }) {
  const view = figureViewOf((await params).id, await sideOf(searchParams));
  if (!view) notFound();
  const { figure, inputs, side, from, to, excerpts } = view;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">
        {from.name} – {to.name}: {formatMetric(figure.metric).toLowerCase()} {formatPeriod(figure.period)}
      </h1>
      <p className="text-3xl font-semibold tabular-nums" data-testid="figure-value">
        {formatValue(figure.value, figure.currency, figure.qualifier)}
        {isUnconfirmed(figure) ? <span className="ml-3 rounded border border-dashed border-ink px-2 align-middle text-base">unconfirmed</span> : null}
      </p>
      <p>
        <Link href={`/pairs/${from.slug}/${to.slug}?figure=${encodeURIComponent(figure.id)}`}>
          See it on the {from.name} – {to.name} page
        </Link>
      </p>
      <SourcePanel figure={figure} excerpts={excerpts} flagged={false} figures={[figure, ...inputs]} side={side} actions={<CiteMenu figure={figure} excerpts={excerpts} side={side} />} />
    </div>
  );
}
