import { processArticle } from "@/lib/extract/pipeline";
import type { PreparedArticle } from "@/lib/edit/article-input";
import { segmentArticle, type ReaderPiece } from "@/lib/view/article-view";
import { describeConfidence, isUnconfirmed } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import { countryByCode } from "@/lib/countries";
import type { ArticleMeta } from "@/lib/schema";

/** A figure as the preview lists it: its number's text, its reading in words, its confidence. */
export type PreviewFigure = { id: string; number: string; reading: string; confidence: number; confidenceText: string; unconfirmed: boolean };

/** What an editor sees before saving: the article as it will be stored, every figure marked. */
export type ArticlePreview = { id: string; rawText: string; meta: ArticleMeta; paragraphs: ReaderPiece[][]; figures: PreviewFigure[] };

const nameOf = (code: string) => countryByCode(code)?.name ?? code;

/** The preview of a prepared article: the pipeline run on it, nothing stored. */
export function articlePreviewOf(prepared: Extract<PreparedArticle, { ok: true }>): ArticlePreview {
  const { article, figures } = processArticle({ id: prepared.id, ...prepared.cleaned.meta, body: prepared.cleaned.body });
  const { source, ...meta } = prepared.cleaned.meta;
  return {
    id: prepared.id,
    rawText: prepared.rawText,
    meta,
    paragraphs: segmentArticle(article, figures.map((f) => ({ figureId: f.id, span: f.span, href: `#figure-${f.id}` }))),
    figures: figures.map((f) => ({
      id: f.id,
      number: article.body.slice(f.span[0], f.span[1]),
      reading: `${formatMetric(f.metric)}${f.kind === "actual" ? "" : ` (${f.kind})`}, ${nameOf(f.reporter)} – ${nameOf(f.partner)}, ${formatPeriod(f.period)}: ${formatValue(f.value, f.currency, f.qualifier)}`,
      confidence: f.confidence,
      confidenceText: describeConfidence(f),
      unconfirmed: isUnconfirmed(f),
    })),
  };
}
