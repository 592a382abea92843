import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listArticles } from "@/lib/corpus";
import { ArticleList } from "@/components/article-list";

const PER_PAGE = 50;

export const metadata: Metadata = { title: "Articles", description: "Every article in the corpus, newest first, with how many trade figures each states." };

/** `?page=N`, a whole number from 1 (absent: 1); anything else is no page. */
function pageNumber(value: string | string[] | undefined): number | undefined {
  if (value === undefined) return 1;
  return typeof value === "string" && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageNumber((await searchParams).page);
  if (page === undefined) notFound();
  const { total, articles } = await listArticles((page - 1) * PER_PAGE, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  if (page > pages) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Articles</h1>
      <p className="text-muted">
        {total} {total === 1 ? "article" : "articles"}, newest first{pages > 1 ? ` · page ${page} of ${pages}` : ""}
      </p>
      <ArticleList articles={articles} />
      {pages > 1 ? (
        <nav aria-label="Pages of articles" className="flex gap-4">
          {page > 1 ? <Link href={page === 2 ? "/articles" : `/articles?page=${page - 1}`} rel="prev">Newer</Link> : null}
          {page < pages ? <Link href={`/articles?page=${page + 1}`} rel="next">Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
