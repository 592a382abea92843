import type { Metadata } from "next";
import { requireEditor } from "@/app/edit/session";
import { ArticleSubmit } from "@/components/edit/article-submit";

export const metadata: Metadata = { title: "Add an article", robots: { index: false } };

export default async function AddArticlePage() {
  await requireEditor("/edit/articles/new");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add an article</h1>
      <p className="text-sm text-muted">Nothing is stored until you save. A saved HTML page is read for its article text only: its scripts never run.</p>
      <ArticleSubmit />
    </div>
  );
}
