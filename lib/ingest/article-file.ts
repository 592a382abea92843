import { parseDocument, stringify } from "yaml";
import { articleMetaSchema, type ArticleMeta } from "@/lib/schema";

export type ArticleFile = { meta: ArticleMeta; body: string };

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const MAX_FRONT_MATTER = 16 * 1024;

/** Thrown for an article file that cannot be read as front matter + body; the message is for people. */
export class ArticleFileError extends Error {}

/**
 * Parses `data/articles/<slug>.md`: YAML front matter validated by articleMetaSchema, then the
 * body. The body is returned exactly as stored (figures' spans are offsets into it).
 */
export function parseArticleFile(text: string): ArticleFile {
  const match = FRONT_MATTER.exec(text.replace(/\r\n?/g, "\n"));
  if (!match) throw new ArticleFileError("no YAML front matter (the file must start with a '---' line)");
  const yaml = match[1] ?? "";
  // A handful of short fields: a longer header is no article's metadata, and refusing it early
  // keeps the YAML parser away from expansion bombs and its quadratic duplicate-key check.
  if (yaml.length > MAX_FRONT_MATTER) throw new ArticleFileError(`front matter is ${Math.round(yaml.length / 1024)} KB; article metadata takes at most ${MAX_FRONT_MATTER / 1024} KB`);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new ArticleFileError(`front matter is not valid YAML: ${doc.errors[0]?.message.split("\n")[0]}`);
  let data: unknown;
  try {
    // Metadata never needs YAML aliases (&a, *a): with none allowed, no alias bomb expands.
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    throw new ArticleFileError(`front matter cannot be read: ${/alias/i.test((e as Error).message) ? "it uses YAML aliases (&name / *name), which article metadata does not take" : (e as Error).message.split("\n")[0]}`);
  }
  const parsed = articleMetaSchema.safeParse(data);
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
