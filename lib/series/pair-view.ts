import { excerptFor, type SourceExcerpt } from "@/lib/view/article-view";
import { countryByCode, type Country } from "@/lib/countries";
import type { Article, CountryCode, Figure } from "@/lib/schema";
import { checkConsistency, pairFiguresFor, seenFromPartner, type PairFigure } from "@/lib/series/series";

/** A country as pages pass it to components: plain and small. */
export type CountryRef = Pick<Country, "code" | "name" | "slug">;

/** Everything the pair page shows, and nothing more: plain serialisable data. */
export type PairView = {
  from: CountryRef;
  to: CountryRef;
  figures: PairFigure[];
  /** The source excerpt of every stated figure of the pair, by figure id. */
  excerpts: Record<string, SourceExcerpt>;
  /** Ids of stated figures that fail checkConsistency. */
  flaggedIds: string[];
  /** Ids of stated figures seen here from their partner's side: their permalinks say `?side=`. */
  flippedIds: string[];
};

/** The plain country reference for a code; WLD/EU and unknown codes fall back to the code itself. */
export function countryRefFor(code: CountryCode): CountryRef {
  const c = countryByCode(code);
  return c ? { code: c.code, name: c.name, slug: c.slug } : { code, name: code, slug: code.toLowerCase() };
}

/** The pair page URL of a figure, seen from its reporter, with the figure selected. */
export function figureHref(figure: Pick<Figure, "id" | "reporter" | "partner">): string {
  return `/pairs/${countryRefFor(figure.reporter).slug}/${countryRefFor(figure.partner).slug}?figure=${encodeURIComponent(figure.id)}`;
}

/** The excerpt of every stated figure among `figures`, by id (figures whose sentence is missing are left out). */
export function excerptsFor(articles: Article[], figures: Array<Pick<PairFigure, "id" | "source">>): Record<string, SourceExcerpt> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entries = figures.flatMap((f) => {
    const article = f.source && byId.get(f.source.articleId);
    const excerpt = article && f.source ? excerptFor(article, f.source.sentenceIndex, f.source.span) : undefined;
    return excerpt ? [[f.id, excerpt] as const] : [];
  });
  return Object.fromEntries(entries);
}

/** Assembles the pair page's data: the pair's figures seen from `from`, their excerpts and consistency flags. */
export function pairViewFor(corpus: { articles: Article[]; figures: Figure[] }, from: CountryRef, to: CountryRef): PairView {
  const figures = pairFiguresFor(corpus.figures, from.code, to.code);
  const flaggedIds = [...new Set(checkConsistency(figures).flatMap((issue) => issue.figureIds))].sort();
  const flippedIds = figures.filter((f) => seenFromPartner(f, corpus.figures)).map((f) => f.id);
  return { from, to, figures, excerpts: excerptsFor(corpus.articles, figures), flaggedIds, flippedIds };
}
