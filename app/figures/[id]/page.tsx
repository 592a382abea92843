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

/** The figure (seen from its reporter; a derived one from its pair's first code), its pair and the excerpts it rests on. */
function figureViewOf(id: string) {
  const corpus = getCorpus();
  const resolved = resolveFigureRequest({ id }, corpus.figures);
  if (!resolved.ok) return undefined;
  const { figure } = resolved;
  const inputs = figure.derived ? allPairFigures(corpus.figures, null).filter((f) => figure.derivedFrom.includes(f.id)) : [];
  return { figure, inputs, from: countryRefFor(figure.reporter), to: countryRefFor(figure.partner), excerpts: excerptsFor(corpus.articles, [figure, ...inputs]) };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const view = figureViewOf((await params).id);
  if (!view) return {};
  const { figure, from, to, excerpts } = view;
  const title = `${from.name} – ${to.name} ${formatMetric(figure.metric).toLowerCase()} ${formatPeriod(figure.period)}: ${formatValue(figure.value, figure.currency, figure.qualifier)}${isUnconfirmed(figure) ? " (unconfirmed)" : ""}`;
  const excerpt = excerpts[figure.id];
  const description = excerpt ? `“${excerpt.lead}${excerpt.number}${excerpt.tail}” — ${excerpt.title}${excerpt.publisher ? `, ${excerpt.publisher}` : ""}` : `Derived from ${figure.derivedFrom.length} stated figures (turnover and balance).`;
  return { title, description, openGraph: { title, description, type: "article" } };
}

export default async function FigurePage({ params }: { params: Promise<Params> }) {
  const view = figureViewOf((await params).id);
  if (!view) notFound();
  const { figure, inputs, from, to, excerpts } = view;
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
      <SourcePanel figure={figure} excerpts={excerpts} flagged={false} figures={[figure, ...inputs]} actions={<CiteMenu figure={figure} excerpts={excerpts} />} />
    </div>
  );
}
