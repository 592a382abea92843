import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle } from "@/lib/corpus";
import { COUNTRIES } from "@/lib/countries";
import { requireEditor } from "@/app/edit/session";
import { segmentArticle } from "@/lib/view/article-view";
import { AddFigure } from "@/components/edit/add-figure";

export const metadata: Metadata = { title: "Add a figure", robots: { index: false } };

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  await requireEditor(`/edit/articles/${encodeURIComponent(slug)}`);
  const found = await getArticle(slug);
  if (!found) notFound();
  const { article, figures } = found;
  const [first] = figures;
  const paragraphs = segmentArticle(article, figures.map((f) => ({ figureId: f.id, span: f.span, href: "" })));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{article.title}</h1>
      <p className="text-sm text-muted">
        Select a number the extractor missed, give its reading and add it. <Link href={`/articles/${article.id}`}>The article as readers see it</Link>
      </p>
      {(await searchParams).added ? <p role="status">The figure was added: it is on its pair&apos;s page now.</p> : null}
      <AddFigure
        articleId={article.id}
        paragraphs={paragraphs}
        reading={{ metric: "turnover", reporter: first?.reporter ?? "BLR", partner: first?.partner ?? "WLD", period: article.date?.slice(0, 4) ?? "2024", value: 0, currency: "USD", qualifier: "exact", kind: "actual" }}
        countries={COUNTRIES.map((c) => ({ code: c.code, name: c.name }))}
      />
    </div>
  );
}
