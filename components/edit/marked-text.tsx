import type { ReaderPiece } from "@/lib/view/article-view";

/**
 * An article's text in paragraphs with its figures' numbers marked (segmentArticle's pieces);
 * each sentence carries its number (from 1) as `data-sentence`, for a selection to name it.
 */
export function MarkedText({ paragraphs, markTitle }: { paragraphs: ReaderPiece[][]; markTitle?: string }) {
  return paragraphs.map((pieces, p) => (
    <p key={p}>
      {pieces.map((piece, i) => (
        <span key={i} data-sentence={piece.sentenceIndex === null ? undefined : piece.sentenceIndex + 1}>
          {piece.parts.map((part, j) =>
            part.figureId ? (
              <mark key={j} className="rounded bg-mark px-0.5 font-semibold" data-figure-id={part.figureId} title={markTitle}>
                {part.text}
              </mark>
            ) : (
              <span key={j}>{part.text}</span>
            ),
          )}
        </span>
      ))}
    </p>
  ));
}
