import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeArticleBytes } from "@/lib/ingest/input";
import { cleanRawArticle, type CleanedArticle } from "@/lib/ingest/clean";
import { slugify } from "@/lib/ingest/slug";

/** What an editor submits: pasted text, or an uploaded `.txt` or saved `.html` page. */
export type SubmittedArticle = { kind: "text"; text: string } | { kind: "file"; name: string; bytes: Uint8Array };

/** An article ready to preview and store: its raw text as cleaned, the cleaned article and its id. */
export type PreparedArticle = { ok: true; rawText: string; id: string; cleaned: CleanedArticle; fromHtml: boolean } | { ok: false; reason: string };

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const TEXT_NAME = /\.(?:txt|text)$/i;
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** The blocks of an article's text, each a paragraph, heading, list item or quotation. */
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th";

/**
 * A saved news page as raw article text, the way the cleaner reads a scraped page: the title,
 * the date, "By <author>", the site, the page's address, then the article's paragraphs, each
 * on its own. Mozilla Readability finds the article in the page; the page is parsed by
 * linkedom, which runs none of its scripts and loads nothing, and only text comes out of it.
 */
export function htmlToRawText(html: string): string | undefined {
  const { document } = parseHTML(html);
  const head = (selector: string, attribute: string) => document.querySelector(selector)?.getAttribute(attribute)?.trim() || undefined;
  const url = head('link[rel="canonical"]', "href") ?? head('meta[property="og:url"]', "content");
  const published = head('meta[property="article:published_time"]', "content") ?? head("time[datetime]", "datetime");
  // The page's own headline, rather than its <title>, which often carries the site's name too
  // (read before Readability, which takes the headline out of the page).
  const headline = document.querySelector("article h1, main h1, h1")?.textContent?.replace(/\s+/g, " ").trim();
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  if (!article?.content) return undefined;
  const container = article.content as unknown as Element;
  const blocks = [...container.querySelectorAll(BLOCKS)]
    // A block inside another (a paragraph in a list item) is read with its outer block.
    .filter((el) => !el.parentElement?.closest(BLOCKS) || el.parentElement === container)
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const title = headline || (article.title ?? "").replace(/\s+/g, " ").trim();
  const byline = article.byline?.replace(/\s+/g, " ").replace(/^by:?\s+/i, "").trim();
  const paragraphs = (blocks.length ? blocks : [(article.textContent ?? "").replace(/\s+/g, " ").trim()]).filter((b) => b && b !== title && b.replace(/^by:?\s+/i, "") !== byline);
  if (paragraphs.length === 0) return undefined;
  const lines = [title, published?.slice(0, 10), byline && `By ${byline}`, article.siteName?.trim(), safeUrl(url)];
  return [...lines.filter(Boolean), ...paragraphs].join("\n\n") + "\n";
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What an editor submitted, checked (not empty, not binary, UTF-8, at most 5 MB) and cleaned as
 * ingest cleans a raw file; a saved HTML page is first read by htmlToRawText. The main article
 * is the one kept (a page's "related articles" are not). Deterministic, so a preview and the
 * save that follows it read the same.
 */
export function prepareSubmittedArticle(submitted: SubmittedArticle): PreparedArticle {
  let text: string;
  let html: boolean;
  if (submitted.kind === "text") {
    const decoded = decodeArticleBytes(new TextEncoder().encode(submitted.text));
    if (!decoded.ok) return { ok: false, reason: `the pasted text is ${decoded.reason === "empty file" ? "empty" : decoded.reason}` };
    [text, html] = [decoded.text, LOOKS_LIKE_HTML.test(decoded.text)];
  } else {
    if (!HTML_NAME.test(submitted.name) && !TEXT_NAME.test(submitted.name)) return { ok: false, reason: "upload a .txt file or a saved .html page" };
    const decoded = decodeArticleBytes(submitted.bytes);
    if (!decoded.ok) return { ok: false, reason: `${submitted.name.slice(0, 80)}: ${decoded.reason}` };
    [text, html] = [decoded.text, HTML_NAME.test(submitted.name) || LOOKS_LIKE_HTML.test(decoded.text)];
  }
  const rawText = html ? htmlToRawText(text) : text;
  if (rawText === undefined) return { ok: false, reason: "no article text was found in the page" };
  const [cleaned] = cleanRawArticle(rawText);
  if (!cleaned) return { ok: false, reason: "no article text found (no title and paragraphs of prose)" };
  return { ok: true, rawText, id: slugify(cleaned.meta.title) || "article", cleaned, fromHtml: html };
}
