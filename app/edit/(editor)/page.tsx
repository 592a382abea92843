import type { Metadata } from "next";
import { getReviewQueue } from "@/lib/corpus";
import { countryByCode } from "@/lib/countries";
import { requireEditor } from "@/app/edit/session";
import { formatConfidence } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { ReviewQueue, type QueueItem } from "@/components/edit/review-queue";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

/** How many figures the queue shows at once. */
const QUEUE_LENGTH = 50;

export default async function ReviewQueuePage() {
  await requireEditor("/edit");
  const { total, figures } = await getReviewQueue(QUEUE_LENGTH);
  const name = (code: string) => countryByCode(code)?.name ?? code;
  const items: QueueItem[] = figures.map((f) => {
    const [at, end] = [f.numberAt, f.numberAt + f.numberText.length];
    return {
      id: f.id,
      articleTitle: f.articleTitle,
      articleId: f.articleId,
      sentenceNumber: f.sentenceIndex + 1,
      before: f.sentenceText.slice(0, at),
      number: f.sentenceText.slice(at, end),
      after: f.sentenceText.slice(end),
      reading: `${formatMetric(f.metric)}${f.kind === "actual" ? "" : ` (${f.kind})`}, ${name(f.reporter)} – ${name(f.partner)}, ${formatPeriod(f.period)}: ${formatValue(f.value, f.currency, f.qualifier)}`,
      confidence: formatConfidence(f.confidence),
    };
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Review queue</h1>
      <p className="text-sm text-muted">
        {total === 0 ? "Every figure has been reviewed." : `${total} ${total === 1 ? "figure is" : "figures are"} waiting for review, the least certain first${total > QUEUE_LENGTH ? `; the first ${QUEUE_LENGTH} are shown` : ""}.`}
      </p>
      {items.length > 0 ? <ReviewQueue items={items} /> : null}
    </div>
  );
}
