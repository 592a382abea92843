import { detectLanguage } from "@/lib/ingest/language";
import { formatDate, formatPeriod, formatValue } from "@/lib/view/format";
import type { Metric, Review } from "@/lib/schema";
import type { PairFigure } from "@/lib/series/series";
import { buildTextFragmentUrl } from "@/lib/export/text-fragment";

/**
 * Everything a citation of one figure needs: plain data, so a client component can hold it.
 * (A type, not a zod schema: this module ships to the browser with the Cite menu.)
 */
export type CitationInput = Pick<PairFigure, "id" | "metric" | "period" | "value" | "currency" | "qualifier" | "kind" | "derived"> & {
  /** An editor's review of the figure: the citation says who reviewed it, and when. */
  review?: Pick<Review, "state" | "by" | "at">;
  reporterName: string;
  partnerName: string;
  /** The sentence stating the figure (for a derived figure, its source sentence(s)). */
  sentence: string;
  /** The cited article; `date` is YYYY-MM-DD. */
  article: { title: string; author?: string; publisher?: string; date?: string; url?: string };
  /** Absolute URL of the figure's page in tradecite. */
  permalink: string;
  /** YYYY-MM-DD the citation was made, when known (access-date). */
  accessed?: string;
};

export const citationFormats = ["text", "bibtex", "csl-json", "ris", "wikipedia"] as const;
export type CitationFormat = (typeof citationFormats)[number];
export type Citations = Record<CitationFormat, string>;

export const citationFormatLabels: Record<CitationFormat, string> = {
  text: "Plain text",
  bibtex: "BibTeX",
  "csl-json": "CSL-JSON",
  ris: "RIS",
  wikipedia: "Wikipedia {{cite news}}",
};

/** What the figure measures, named from the reporter's side: "Belarus–Georgia trade turnover". */
export function describeMetric(metric: Metric, reporterName: string, partnerName: string): string {
  switch (metric) {
    case "turnover": return `${reporterName}–${partnerName} trade turnover`;
    case "exports": return `${reporterName}'s exports to ${partnerName}`;
    case "imports": return `${reporterName}'s imports from ${partnerName}`;
    case "balance": return `${reporterName}'s trade balance with ${partnerName}`;
    case "share": return `${partnerName}'s share of ${reporterName}'s foreign trade`;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The article URL pointing at the sentence (a text fragment), or undefined when the article has no URL. */
export function sentenceUrl(input: CitationInput): string | undefined {
  return input.article.url ? buildTextFragmentUrl(input.article.url, oneLine(input.sentence)) : undefined;
}

function figureSummary(input: CitationInput): string {
  const kind = input.kind === "actual" ? "" : ` (${input.kind})`;
  const derived = input.derived ? " (derived by tradecite from the figures stated in the quoted sentence)" : "";
  const reviewed = input.review ? ` (${input.review.state} by ${input.review.by}, ${input.review.at.slice(0, 10)})` : "";
  return `${describeMetric(input.metric, input.reporterName, input.partnerName)}, ${formatPeriod(input.period)}: ${formatValue(input.value, input.currency, input.qualifier)}${kind}${derived}${reviewed}`;
}

/**
 * Plain text: the figure (value, pair, metric, period), the quoted sentence, author, title,
 * publisher and date of the article, the sentence on the original page, and the permalink.
 */
export function formatPlainCitation(input: CitationInput): string {
  const { article } = input;
  const source = [article.author && oneLine(article.author), `“${oneLine(article.title)}”`, article.publisher && oneLine(article.publisher), article.date && formatDate(article.date)].filter(Boolean).join(", ");
  const link = sentenceUrl(input);
  return [
    `${figureSummary(input)}.`,
    `“${oneLine(input.sentence)}”`,
    `${source}.${link ? ` ${link}` : ""}`,
    `Via tradecite: ${input.permalink}${input.accessed ? ` (accessed ${formatDate(input.accessed)})` : ""}`,
  ].join("\n");
}

/**
 * Article text as BibTeX field text. BibTeX balances braces whatever precedes them ("\\}"
 * still closes a group), so a brace in the text becomes a command with balanced braces of its
 * own: an unbalanced "}" can never end the field and start an entry of its own.
 */
function escapeBibtex(text: string): string {
  // TeX's ligatures (`` '' -- ---) would turn quotes and hyphens into other characters: broken up.
  return oneLine(text).replace(/[\\{}&%$#_^~]|([`'-])(?=\1)/g, (c) => BIBTEX_ESCAPES[c] ?? `\\${c}`);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
  "`": "`{}",
  "'": "'{}",
  "-": "-{}",
};

/** A URL as a BibTeX field: what would unbalance the braces or start a command is percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** The language a citation names: only a source not in English says it (`language = ru`). */
function languageOf(input: CitationInput): string | undefined {
  const language = detectLanguage(`${input.article.title} ${input.sentence}`);
  return language === "en" ? undefined : language;
}

/** BibTeX (biblatex-style fields, also read by BibTeX): an @article in the publisher, quote and permalink in `note`. */
export function formatBibtex(input: CitationInput): string {
  const { article } = input;
  const link = sentenceUrl(input);
  const fields: Array<[string, string | undefined]> = [
    ["title", `{${escapeBibtex(article.title)}}`],
    ["author", article.author && `{${escapeBibtex(article.author)}}`],
    ["journal", article.publisher && escapeBibtex(article.publisher)],
    ["date", article.date],
    ["year", article.date?.slice(0, 4)],
    ["url", link && bibtexUrl(link)],
    ["urldate", input.accessed],
    ["language", languageOf(input)],
    ["note", `${escapeBibtex(figureSummary(input))}. Quote: \`\`${escapeBibtex(input.sentence)}''. Permalink: \\url{${bibtexUrl(input.permalink)}}`],
  ];
  const body = fields.flatMap(([k, v]) => (v === undefined ? [] : [`  ${k} = {${v}}`])).join(",\n");
  return `@article{${input.id},\n${body}\n}`;
}

/** CSL-JSON (an array holding one `article-newspaper` item), the quote and permalink in `note`. */
export function formatCslJson(input: CitationInput): string {
  const { article } = input;
  const language = languageOf(input);
  const toDateParts = (date: string) => ({ "date-parts": [date.split("-").map(Number)] });
  const item = {
    id: input.id,
    type: "article-newspaper",
    title: oneLine(article.title),
    ...(article.author && { author: [{ literal: article.author }] }),
    ...(article.publisher && { "container-title": article.publisher, publisher: article.publisher }),
    ...(article.date && { issued: toDateParts(article.date) }),
    ...(input.accessed && { accessed: toDateParts(input.accessed) }),
    ...(input.article.url && { URL: sentenceUrl(input) }),
    ...(language && { language }),
    note: `${figureSummary(input)}. Quote: “${oneLine(input.sentence)}” Permalink: ${input.permalink}`,
  };
  return JSON.stringify([item], null, 2);
}

/** RIS (TY NEWS), CRLF line ends as the format specifies; the quote and permalink in N1. */
export function formatRis(input: CitationInput): string {
  const { article } = input;
  const tags: Array<[string, string | undefined]> = [
    ["TY", "NEWS"],
    ["TI", oneLine(article.title)],
    ["AU", article.author],
    ["T2", article.publisher],
    ["PB", article.publisher],
    ["DA", article.date?.replace(/-/g, "/")],
    ["PY", article.date?.slice(0, 4)],
    ["UR", sentenceUrl(input)],
    ["Y2", input.accessed?.replace(/-/g, "/")],
    ["LA", languageOf(input)],
    ["N1", `${figureSummary(input)}. Quote: “${oneLine(input.sentence)}” Permalink: ${input.permalink}`],
    ["ER", ""],
  ];
  return tags.flatMap(([k, v]) => (v === undefined ? [] : [`${k}  - ${v ? oneLine(v) : ""}`.trimEnd()])).join("\r\n") + "\r\n";
}

/**
 * Escapes a template parameter value for wikitext: `|` → `{{!}}`; braces, square brackets, `<`
 * and `~` as HTML entities (so `}}` cannot close the template, `[` cannot open a link, `<!--`
 * or `</ref>` cannot open a comment or close the reference, and `~~~~` is no signature; a lone
 * `~`, as in a text fragment's `#:~:`, stays); line breaks → spaces.
 */
export function escapeWikiParameter(text: string): string {
  return oneLine(text)
    .replace(/[{}[\]<]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/~{3,}/g, (run) => "&#126;".repeat(run.length))
    .replace(/\|/g, "{{!}}");
}

/** Wikipedia `{{cite news}}` with `quote=` holding the sentence and the text-fragment link as `url=`. */
export function formatWikipediaCitation(input: CitationInput): string {
  const { article } = input;
  const params: Array<[string, string | undefined]> = [
    ["title", article.title],
    ["url", sentenceUrl(input)],
    ["author", article.author],
    ["work", article.publisher],
    ["date", article.date],
    ["access-date", input.accessed],
    ["language", languageOf(input)],
    ["quote", input.sentence],
  ];
  return `{{cite news ${params.flatMap(([k, v]) => (v === undefined ? [] : [`|${k}=${escapeWikiParameter(v)}`])).join(" ")}}}`;
}

/** Every citation format of one figure. */
export function formatCitations(input: CitationInput): Citations {
  return {
    text: formatPlainCitation(input),
    bibtex: formatBibtex(input),
    "csl-json": formatCslJson(input),
    ris: formatRis(input),
    wikipedia: formatWikipediaCitation(input),
  };
}
