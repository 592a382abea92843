"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { isUnconfirmed } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import type { CountryRef } from "@/lib/series/pair-view";
import type { PairFigure } from "@/lib/series/series";
import { CiteMenu } from "@/components/cite-menu";
import { SourcePanel } from "@/components/source-panel";

/** One figure as its permalink page shows it, seen from one side (`side` is set when that is its partner's). */
export type FigureView = { figure: PairFigure; inputs: PairFigure[]; side?: string; from: CountryRef; to: CountryRef; excerpts: Record<string, SourceExcerpt> };

/** The figure's heading, value, pair link and source panel, as seen in `view`. */
export function FigureSummary({ view }: { view: FigureView }) {
  const { figure, inputs, side, from, to, excerpts } = view;
  return (
    <>
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
      <SourcePanel figure={figure} excerpts={excerpts} flagged={false} figures={[figure, ...inputs]} side={side} names={{ [from.code]: from.name, [to.code]: to.name }} actions={<CiteMenu figure={figure} excerpts={excerpts} names={{ [from.code]: from.name, [to.code]: to.name }} side={side} />} />
    </>
  );
}

/**
 * The figure seen from the side `?side=<slug>` names (a row cited from its partner's side),
 * else as its reporter states it. The page stays static: both views come with it and the
 * query picks one in the browser.
 */
export function FigureFromSide({ views, defaultSlug }: { views: Record<string, FigureView>; defaultSlug: string }) {
  const side = useSearchParams().get("side");
  return <FigureSummary view={side !== null && Object.hasOwn(views, side) ? views[side]! : views[defaultSlug]!} />;
}
