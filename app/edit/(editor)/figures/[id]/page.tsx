import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFigureForReview } from "@/lib/corpus";
import { COUNTRIES, countryByCode } from "@/lib/countries";
import { requireEditor } from "@/app/edit/session";
import { formatConfidence } from "@/lib/view/confidence-display";
import { formatDate, formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { ReviewForm } from "@/components/edit/review-form";
import type { FigureReading } from "@/lib/schema";

export const metadata: Metadata = { title: "Review a figure", robots: { index: false } };

const name = (code: string) => countryByCode(code)?.name ?? code;
const describe = (r: FigureReading) => `${formatMetric(r.metric)}${r.kind === "actual" ? "" : ` (${r.kind})`}, ${name(r.reporter)} – ${name(r.partner)}, ${formatPeriod(r.period)}: ${formatValue(r.value, r.currency, r.qualifier)}`;

export default async function ReviewFigurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/edit/figures/${encodeURIComponent(id)}`);
  const found = await getFigureForReview(id);
  if (!found) notFound();
  const { figure, rejected, history } = found;
  const [at, end] = [figure.numberAt, figure.numberAt + figure.numberText.length];
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Review: {describe(figure)}</h1>
      <blockquote className="font-serif text-lg">
        “{figure.sentenceText.slice(0, at)}
        <mark className="bg-mark font-semibold">{figure.sentenceText.slice(at, end)}</mark>
        {figure.sentenceText.slice(end)}”
      </blockquote>
      <p className="text-sm text-muted">
        <Link href={`/articles/${figure.articleId}#s-${figure.sentenceIndex + 1}`}>{figure.articleTitle}</Link>, sentence {figure.sentenceIndex + 1}. Extractor&apos;s confidence {formatConfidence(figure.confidence)}.{" "}
        {rejected ? null : <Link href={`/figures/${figure.id}`}>Its permalink</Link>}
      </p>
      {figure.review?.original ? <p>The extractor read: {describe(figure.review.original)}.</p> : null}
      {rejected ? <p role="status">This figure was rejected: it is off the charts and its permalink answers 410 with the reason. Confirming or correcting it brings it back.</p> : null}
      <ReviewForm figureId={figure.id} reading={figure} countries={COUNTRIES.map((c) => ({ code: c.code, name: c.name }))} />
      {history.length > 0 ? (
        <section className="space-y-1">
          <h2 className="text-lg font-semibold">Reviews</h2>
          <ul className="list-disc pl-5 text-sm">
            {history.map((r, i) => (
              <li key={i}>
                {formatDate(r.at.slice(0, 10))}: {r.action === "confirm" ? "confirmed" : r.action === "correct" ? "corrected" : "rejected"} by {r.editor}
                {r.note ? ` (“${r.note}”)` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
