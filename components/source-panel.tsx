import Link from "next/link";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { CONFIRMED_CONFIDENCE, formatConfidence, isUnconfirmed } from "@/lib/view/confidence-display";
import { describeReview, formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import type { PairFigure } from "@/lib/series/series";
import { SourceSentence } from "@/components/source-sentence";

/**
 * The source panel of the pair page: what the selected figure says, whether it is confirmed (its
 * extractor confidence) and the sentence(s) it comes from (both input sentences for a derived figure).
 * Props: `figure` (the selected PairFigure), `excerpts` (by stated figure id), `flagged` (fails
 * the consistency check), `figures` (the pair's figures, to describe a derived figure's inputs),
 * `actions` (the exports engineer's CiteMenu etc. for this figure, rendered in the panel's action slot),
 * `names` (the pair's country names by code, for the English reading beside a sentence in another language).
 */
export function SourcePanel({ figure, excerpts, flagged, figures, actions, side, names = {} }: { figure: PairFigure; excerpts: Record<string, SourceExcerpt>; flagged: boolean; figures: PairFigure[]; actions?: React.ReactNode; side?: string; names?: Readonly<Record<string, string>> }) {
  const inputs = figure.derived ? figure.derivedFrom.map((id) => figures.find((f) => f.id === id)).filter((f) => f !== undefined) : [];
  const own = excerpts[figure.id];
  // What a figure says, in English: beside a sentence in another language, no machine translation.
  const readingOf = (f: PairFigure) => `${formatMetric(f.metric).toLowerCase()}, ${names[f.reporter] ?? f.reporter}–${names[f.partner] ?? f.partner}, ${formatPeriod(f.period)}: ${formatValue(f.value, f.currency, f.qualifier)}`;
  return (
    <section aria-labelledby="source-heading" className="space-y-3 rounded border border-line bg-panel p-4" data-testid="source-panel" data-figure-id={figure.id}>
      <h2 id="source-heading" className="text-lg font-semibold">
        Source of {formatMetric(figure.metric).toLowerCase()} {formatPeriod(figure.period)}: {formatValue(figure.value, figure.currency, figure.qualifier)}
      </h2>
      {figure.review ? (
        <p className="text-sm font-semibold" data-testid="figure-review">
          {describeReview(figure.review)}
          {figure.review.original ? ` The extractor read it as ${formatMetric(figure.review.original.metric).toLowerCase()} ${formatPeriod(figure.review.original.period)}: ${formatValue(figure.review.original.value, figure.review.original.currency, figure.review.original.qualifier)}.` : ""}
          {figure.review.note ? ` Note: “${figure.review.note}”` : ""}
        </p>
      ) : null}
      <p className={`text-sm ${isUnconfirmed(figure) ? "rounded border border-dashed border-ink px-2 py-1 font-semibold" : ""}`} data-testid="figure-confidence">
        {isUnconfirmed(figure)
          ? `Unconfirmed: the extractor's confidence that it read this figure right is ${formatConfidence(figure.confidence)}, below ${CONFIRMED_CONFIDENCE}. Check the sentence before relying on it.`
          : `Confirmed: extractor confidence ${formatConfidence(figure.confidence)} (${CONFIRMED_CONFIDENCE} or more).`}
        {figure.derived ? " A derived figure's confidence is the product of its inputs'." : ""}
      </p>
      {figure.low !== figure.high ? (
        <p className="text-sm">
          Stands for a value between {formatValue(figure.low, figure.currency)} and {formatValue(figure.high, figure.currency)}.
        </p>
      ) : null}
      {figure.conflict ? <p className="text-sm font-semibold">Another article states a different value for this point; both are shown.</p> : null}
      {flagged ? <p className="text-sm font-semibold">This figure does not agree with the other figures its article states for the same period.</p> : null}
      {figure.kind !== "actual" ? <p className="text-sm font-semibold">This is a {figure.kind}, not a reported value.</p> : null}
      {figure.derived ? (
        <div className="space-y-3">
          <p className="text-sm">
            Derived, not stated: {figure.metric} = (turnover {figure.metric === "exports" ? "+" : "−"} balance) / 2, from these sentences:
          </p>
          {inputs.map((input) => {
            const excerpt = excerpts[input.id];
            return excerpt ? (
              <div key={input.id}>
                <p className="text-sm font-semibold">
                  {formatMetric(input.metric)}: {formatValue(input.value, input.currency, input.qualifier)}
                </p>
                <SourceSentence excerpt={excerpt} reading={readingOf(input)} />
              </div>
            ) : null;
          })}
        </div>
      ) : own ? (
        <SourceSentence excerpt={own} reading={readingOf(figure)} />
      ) : null}
      <p className="text-sm">
        <Link href={`/figures/${figure.id}${side ? `?side=${encodeURIComponent(side)}` : ""}`}>Permalink to this figure</Link>
      </p>
      {/* The page passes this figure's Cite menu in as `actions`. */}
      {actions ? <div data-slot="figure-actions">{actions}</div> : null}
    </section>
  );
}
