import { parseDocument, stringify } from "yaml";
import { articleMetaSchema, type ArticleMeta } from "@/lib/schema";

export type ArticleFile = { meta: ArticleMeta; body: string };

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Thrown for an article file that cannot be read as front matter + body; the message is for people. */
export class ArticleFileError extends Error {}

/**
 * Parses `data/articles/<slug>.md`: YAML front matter validated by articleMetaSchema, then the
 * body. The body is returned exactly as stored (figures' spans are offsets into it).
 */
export function parseArticleFile(text: string): ArticleFile {
  const match = FRONT_MATTER.exec(text.replace(/\r\n?/g, "\n"));
  if (!match) throw new ArticleFileError("no YAML front matter (the file must start with a '---' line)");
  const doc = parseDocument(match[1] ?? "");
  if (doc.errors.length > 0) throw new ArticleFileError(`front matter is not valid YAML: ${doc.errors[0]?.message.split("\n")[0]}`);
  const parsed = articleMetaSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArticleFileError(`front matter field '${issue?.path.join(".") || "?"}': ${issue?.message}`);
  }
  return { meta: parsed.data, body: text.replace(/\r\n?/g, "\n").slice(match[0].length).replace(/^\n+/, "").replace(/\s+$/, "") };
}

/** Serialises an article as front matter + body; the inverse of parseArticleFile. */
export function serializeArticleFile({ meta, body }: ArticleFile): string {
  const ordered = Object.fromEntries(
    (["title", "date", "author", "publisher", "url", "source"] as const).flatMap((k) => (meta[k] === undefined ? [] : [[k, meta[k]]])),
  );
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}
