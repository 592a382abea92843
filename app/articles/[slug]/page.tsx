import type { Metadata } from "next";
import Link from "next/link";
import { detectLanguage } from "@/lib/ingest/language";
import { notFound } from "next/navigation";
import { segmentArticle } from "@/lib/view/article-view";
import { CONFIRMED_CONFIDENCE, describeConfidence, isUnconfirmed } from "@/lib/view/confidence-display";
import { getArticle } from "@/lib/corpus";
import { formatDate, sentenceAnchor } from "@/lib/view/format";
import { figureHref } from "@/lib/series/pair-view";

type Params = { slug: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = (await getArticle((await params).slug))?.article;
  return article ? { title: article.title, description: `${article.title}${article.publisher ? ` (${article.publisher})` : ""}, with its trade figures highlighted.`, alternates: { canonical: `/articles/${article.id}` } } : {};
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const found = await getArticle((await params).slug);
  if (!found) notFound();
  const { article, figures } = found;
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const unconfirmedCount = figures.filter(isUnconfirmed).length;
  const paragraphs = segmentArticle(
    article,
    figures.map((f) => ({ figureId: f.id, span: f.span, href: figureHref(f) })),
  );
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold" lang={detectLanguage(article.title)}>
          {article.title}
        </h1>
        <p className="text-sm text-muted">
          {[article.author, article.publisher].filter(Boolean).join(", ")}
          {article.date ? (
            <>
              {article.author || article.publisher ? ", " : ""}
              <time dateTime={article.date}>{formatDate(article.date)}</time>
            </>
          ) : null}
        </p>
        <p className="text-sm">
          {figures.length} trade {figures.length === 1 ? "figure" : "figures"} highlighted; each links to its pair page.
          {unconfirmedCount > 0 ? ` ${unconfirmedCount} ${unconfirmedCount === 1 ? "is" : "are"} unconfirmed (extractor confidence below ${CONFIRMED_CONFIDENCE}), outlined with dashes.` : ""}
          {article.url && /^https?:\/\//.test(article.url) ? (
            <>
              {" "}
              <a href={article.url} rel="noopener noreferrer">
                Original article
              </a>
            </>
          ) : null}{" "}
          <Link href={`/edit/articles/${article.id}`} className="text-muted">
            Editors: add a figure the extractor missed
          </Link>
        </p>
      </header>
      <div className="space-y-4 font-serif text-lg leading-relaxed" lang={detectLanguage(article.body)}>
        {paragraphs.map((pieces, p) => (
          <p key={p}>
            {pieces.map((piece, i) =>
              piece.sentenceIndex === null ? (
                <span key={`g${i}`}>{piece.parts.map((part) => part.text).join("")}</span>
              ) : (
                <span key={`s${piece.sentenceIndex}`} id={sentenceAnchor(piece.sentenceIndex)} className="sentence">
                  {piece.parts.map((part, j) => {
                    const figure = part.figureId === undefined ? undefined : figureById.get(part.figureId);
                    return part.href && figure ? (
                      <Link
                        key={j}
                        href={part.href}
                        title={describeConfidence(figure)}
                        className={`rounded px-0.5 font-semibold text-ink underline ${isUnconfirmed(figure) ? "border-2 border-dashed border-ink decoration-dotted" : "bg-mark"}`}
                        data-figure-id={part.figureId}
                        data-unconfirmed={isUnconfirmed(figure) || undefined}
                      >
                        {part.text}
                      </Link>
                    ) : (
                      <span key={j}>{part.text}</span>
                    );
                  })}
                </span>
              ),
            )}
          </p>
        ))}
      </div>
    </article>
  );
}
