import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { isUnconfirmed } from "@/lib/view/confidence-display";
import { getPairView } from "@/lib/corpus";
import { countryBySlug } from "@/lib/countries";
import { countryRefFor } from "@/lib/series/pair-view";
import { PairExplorer, PairExplorerFromUrl } from "@/components/pair-explorer";

type Params = { from: string; to: string };

function pairOf({ from, to }: Params) {
  const [a, b] = [countryBySlug(from), countryBySlug(to)];
  if (!a || !b || a.code === b.code) return undefined;
  return { from: countryRefFor(a.code), to: countryRefFor(b.code) };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pair = pairOf(await params);
  if (!pair) return {};
  const title = `${pair.from.name} – ${pair.to.name} trade`;
  return { title, description: `Trade between ${pair.from.name} and ${pair.to.name} as news articles state it, seen from ${pair.from.name}, with every figure's source sentence.`, alternates: { canonical: `/pairs/${pair.from.slug}/${pair.to.slug}` } };
}

export default async function PairPage({ params }: { params: Promise<Params> }) {
  const pair = pairOf(await params);
  if (!pair) notFound();
  const view = await getPairView(pair.from, pair.to);
  if (view.figures.length === 0) notFound();
  const stated = view.figures.filter((f) => !f.derived);
  const unconfirmed = stated.filter(isUnconfirmed).length;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {pair.from.name} – {pair.to.name} trade
      </h1>
      <p className="text-muted">
        {stated.length} figures stated in news articles{unconfirmed > 0 ? ` (${unconfirmed} unconfirmed)` : ""}, seen from {pair.from.name}: its exports go to {pair.to.name}, a negative balance is its deficit.
      </p>
      <Suspense fallback={<PairExplorer view={view} selectedId={null} />}>
        <PairExplorerFromUrl view={view} />
      </Suspense>
    </div>
  );
}
