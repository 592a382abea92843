import type { SourceExcerpt } from "@/lib/view/article-view";
import type { PairFigure } from "@/lib/series/series";
import type { CitationInput } from "@/lib/export/cite";

/** A citation before it is placed on a host: the permalink is a path, made absolute where it is shown. */
export type CitationDraft = Omit<CitationInput, "permalink" | "accessed"> & { permalinkPath: string };

/**
 * The citation draft of a pair figure from the source excerpts of a page: a stated figure
 * quotes its own sentence; a derived one quotes the distinct sentences of the figures it came
 * from (joined by " … ") and cites the first one's article. Countries are named by `names`, code
 * → name, which the page has (the code where it is missing; the country table stays off the
 * browser's first load); the permalink is `/figures/<id>`, with `?side=<slug>`
 * when the figure is cited from that country's side. Undefined without an excerpt.
 */
export function draftCitation(
  figure: Pick<PairFigure, "id" | "reporter" | "partner" | "metric" | "period" | "value" | "currency" | "qualifier" | "kind" | "derived" | "derivedFrom"> & { review?: PairFigure["review"] },
  excerpts: Record<string, SourceExcerpt>,
  names: Readonly<Record<string, string>>,
  side?: string,
): CitationDraft | undefined {
  const found = (figure.derived ? figure.derivedFrom : [figure.id]).map((id) => excerpts[id]).filter((e) => e !== undefined);
  const first = found[0];
  if (!first) return undefined;
  const sentences = [...new Set(found.map((e) => `${e.lead}${e.number}${e.tail}`))];
  return {
    id: figure.id,
    metric: figure.metric,
    period: figure.period,
    value: figure.value,
    currency: figure.currency,
    qualifier: figure.qualifier,
    kind: figure.kind,
    derived: figure.derived,
    ...(figure.review && { review: { state: figure.review.state, by: figure.review.by, at: figure.review.at } }),
    reporterName: names[figure.reporter] ?? figure.reporter,
    partnerName: names[figure.partner] ?? figure.partner,
    sentence: sentences.join(" … "),
    article: { title: first.title, ...(first.author && { author: first.author }), ...(first.publisher && { publisher: first.publisher }), ...(first.date && { date: first.date }), ...(first.url && { url: first.url }) },
    permalinkPath: `/figures/${encodeURIComponent(figure.id)}${side ? `?side=${encodeURIComponent(side)}` : ""}`,
  };
}
