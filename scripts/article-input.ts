import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { ArticleFileError, parseArticleFile } from "@/lib/ingest/article-file";
import { cleanRawArticle, type CleanedArticle } from "@/lib/ingest/clean";
import { decodeArticleBytes, MAX_INPUT_BYTES, tooLargeReason } from "@/lib/ingest/input";
import { slugify } from "@/lib/ingest/slug";

export type LoadedArticle = CleanedArticle & { id: string };
/** The articles a file holds, and the file's text. */
export type LoadResult = { ok: true; articles: LoadedArticle[]; text: string } | { ok: false; reason: string };

/** Reads a file's bytes, refusing what is not a readable, reasonably sized regular file. */
export function readArticleText(path: string): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    // stat follows a symlink: a link to /dev/zero is a device, and a named pipe would block a read.
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: "is a directory, not a file" };
    if (!stat.isFile()) return { ok: false, reason: "not a regular file (a device, pipe or socket)" };
    // Checked before reading, so a huge file is never loaded …
    const tooLarge = tooLargeReason(stat.size);
    if (tooLarge) return { ok: false, reason: tooLarge };
    // … and the read is bounded too, since a reported size can be wrong (0 for /proc files).
    const bytes = readAtMost(path, MAX_INPUT_BYTES + 1);
    return decodeArticleBytes(bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot be read (${code ?? "unknown error"})` };
  }
}

/** The first `limit` bytes of a file (all of it when shorter). */
function readAtMost(path: string, limit: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    for (let n = 1; n > 0 && length < limit; length += n) n = readSync(fd, buffer, length, limit - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads the articles a file holds: an ingested `.md` (front matter + body) is one article; a
 * raw `.txt` is cleaned, which may recover several (a related article becomes its own).
 */
export function loadArticles(path: string): LoadResult {
  const read = readArticleText(path);
  if (!read.ok) return read;
  if (extname(path).toLowerCase() === ".md") {
    try {
      const { meta, body } = parseArticleFile(read.text);
      return { ok: true, text: read.text, articles: [{ id: slugify(basename(path, extname(path))) || "article", meta, body }] };
    } catch (e) {
      if (e instanceof ArticleFileError) return { ok: false, reason: e.message };
      throw e;
    }
  }
  const cleaned = cleanRawArticle(read.text);
  if (cleaned.length === 0) return { ok: false, reason: "no article text found (no title and paragraphs of prose)" };
  return { ok: true, text: read.text, articles: cleaned.map((a) => ({ ...a, id: slugify(a.meta.title) || "article", meta: { ...a.meta, source: basename(path) } })) };
}
