import Link from "next/link";
import { detectLanguage } from "@/lib/ingest/language";
import { buildTextFragmentUrl } from "@/lib/export/text-fragment";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { formatDate, sentenceAnchor, sentenceNumber } from "@/lib/view/format";

/**
 * A figure's source: the sentence within its paragraph, the number highlighted, then the
 * article's title, date and publisher, a link to the sentence in the reader and, where the
 * article's URL is known, one to the sentence on its own page (a text fragment).
 * Props: `excerpt` from lib/article-view `excerptFor`; `reading`, the figure it states in
 * English words, shown beside a sentence in another language.
 */
export function SourceSentence({ excerpt, reading }: { excerpt: SourceExcerpt; reading?: string }) {
  const language = detectLanguage(`${excerpt.before}${excerpt.lead}${excerpt.tail}`);
  const readerHref = `/articles/${excerpt.articleId}#${sentenceAnchor(excerpt.sentenceIndex)}`;
  return (
    <div className="space-y-2">
      <blockquote className="border-l-4 border-line pl-3 font-serif leading-relaxed text-muted" data-testid="source-paragraph" lang={language}>
        {excerpt.before}
        <span className="text-ink" data-testid="source-sentence">
          {excerpt.lead}
          <mark>{excerpt.number}</mark>
          {excerpt.tail}
        </span>
        {excerpt.after}
      </blockquote>
      {reading && language !== "en" ? (
        <p className="text-sm" lang="en" data-testid="sentence-reading">
          In English, what it states: {reading}
        </p>
      ) : null}
      <p className="text-sm">
        <cite className="font-semibold not-italic" lang={detectLanguage(excerpt.title)}>
          {excerpt.title}
        </cite>
        {excerpt.publisher ? <>, {excerpt.publisher}</> : null}
        {excerpt.date ? (
          <>
            , <time dateTime={excerpt.date}>{formatDate(excerpt.date)}</time>
          </>
        ) : null}
        .{" "}
        <Link href={readerHref}>Read sentence {sentenceNumber(excerpt.sentenceIndex)} in the article</Link>
        {excerpt.url && /^https?:\/\//.test(excerpt.url) ? (
          <>
            {" "}
            ·{" "}
            <a href={buildTextFragmentUrl(excerpt.url, `${excerpt.lead}${excerpt.number}${excerpt.tail}`.replace(/\s+/g, " ").trim())} rel="noopener noreferrer" data-testid="sentence-at-source">
              the sentence at its source
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}
