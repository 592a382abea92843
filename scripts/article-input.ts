import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { ArticleFileError, parseArticleFile } from "@/lib/article-file";
import { cleanRawArticle, type CleanedArticle } from "@/lib/clean";
import { decodeArticleBytes, tooLargeReason } from "@/lib/input";
import { slugify } from "@/lib/slug";

export type LoadedArticle = CleanedArticle & { id: string };
export type LoadResult = { ok: true; articles: LoadedArticle[] } | { ok: false; reason: string };

/** Reads a file's bytes, refusing what is not a readable, reasonably sized regular file. */
export function readArticleText(path: string): { ok: true; text: string } | { ok: false; reason: string } {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: "is a directory, not a file" };
    size = stat.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot be read (${code ?? "unknown error"})` };
  }
  // Checked before reading, so a huge file is never loaded.
  const tooLarge = tooLargeReason(size);
  if (tooLarge) return { ok: false, reason: tooLarge };
  try {
    return decodeArticleBytes(readFileSync(path));
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "unknown error"})` };
  }
}

/**
 * Loads the articles a file holds: an ingested `.md` (front matter + body) is one article; a
 * raw `.txt` is cleaned, which may recover several (a related article becomes its own).
 */
export function loadArticles(path: string): LoadResult {
  const read = readArticleText(path);
  if (!read.ok) return read;
  if (path.endsWith(".md")) {
    try {
      const { meta, body } = parseArticleFile(read.text);
      return { ok: true, articles: [{ id: slugify(basename(path, ".md")) || "article", meta, body }] };
    } catch (e) {
      if (e instanceof ArticleFileError) return { ok: false, reason: e.message };
      throw e;
    }
  }
  const cleaned = cleanRawArticle(read.text);
  if (cleaned.length === 0) return { ok: false, reason: "no article text found (no title and paragraphs of prose)" };
  return { ok: true, articles: cleaned.map((a) => ({ ...a, id: slugify(a.meta.title) || "article", meta: { ...a.meta, source: basename(path) } })) };
}
