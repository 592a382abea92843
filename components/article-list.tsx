import Link from "next/link";
import type { ArticleSummary } from "@/lib/corpus";
import { formatDate } from "@/lib/view/format";

/** Articles as the overview and the article list show them: title, publisher, date and how many figures each holds. */
export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="space-y-2">
      {articles.map((a) => (
        <li key={a.id}>
          <Link href={`/articles/${a.id}`}>{a.title}</Link>
          <span className="block text-sm text-muted">
            {[a.publisher, a.date ? formatDate(a.date) : null].filter(Boolean).join(", ")}
            {a.publisher || a.date ? " · " : ""}
            {a.figureCount} trade {a.figureCount === 1 ? "figure" : "figures"}
          </span>
        </li>
      ))}
    </ul>
  );
}
