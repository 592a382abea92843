import { stringify } from "csv-stringify/sync";
import { toFigureRecord, type ExportCorpus, type FigureRecord } from "@/lib/export/figure-export";
import type { PairFigure } from "@/lib/series/series";

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  "reporter", "partner", "metric", "period_start", "period_end", "period_type", "value", "currency", "qualifier", "kind",
  "confidence", "confirmed", "value_low", "value_high", "derived", "derived_from", "conflict", "article_title", "author",
  "publisher", "published_on", "article_url", "sentence_number", "sentence", "figure_url",
  // Added after figure_url, so a reader that takes the earlier columns by position still can.
  "review_state", "reviewed_by", "reviewed_at", "original_reading",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

export type CsvContext = ExportCorpus & {
  /** The app's public base URL without a trailing slash; figure_url is absolute on it. */
  baseUrl: string;
};

/** Joins the distinct values of one source field; several sources (a derived figure from two articles) are separated by " | ". */
function joinDistinct(values: Array<string | number | null>): string {
  return [...new Set(values.filter((v) => v !== null).map(String))].join(" | ");
}

/** Drops binary floating-point noise (0.1 + 0.005 → 0.105, not 0.10500000000000001): 15 significant digits. */
function tidyNumber(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * One CSV row of a figure record. Numbers stay numbers (value, confidence, value_low, value_high,
 * and sentence_number when there is one sentence); booleans (confirmed, derived, conflict) are
 * `true`/`false`; derived_from is the space-separated ids; a derived figure's source columns
 * describe the sentences it came from. review_state is confirmed or corrected (empty when no
 * editor has reviewed the figure); a corrected figure's original_reading is the extractor's
 * reading as JSON (metric, reporter, partner, period, value, currency, qualifier, kind).
 */
export function figureToCsvRow(record: FigureRecord): CsvRow {
  const { sources } = record;
  const sentenceNumbers = [...new Set(sources.map((s) => s.sentenceNumber))];
  return {
    reporter: record.reporter,
    partner: record.partner,
    metric: record.metric,
    period_start: record.periodStart,
    period_end: record.periodEnd,
    period_type: record.periodType,
    value: tidyNumber(record.value),
    currency: record.currency ?? "",
    qualifier: record.qualifier,
    kind: record.kind,
    confidence: tidyNumber(record.confidence),
    confirmed: String(record.confirmed),
    value_low: tidyNumber(record.low),
    value_high: tidyNumber(record.high),
    derived: String(record.derived),
    derived_from: record.derivedFrom.join(" "),
    conflict: String(record.conflict),
    review_state: record.review?.state ?? "",
    reviewed_by: record.review?.by ?? "",
    reviewed_at: record.review?.at ?? "",
    original_reading: record.review?.original ? JSON.stringify(record.review.original) : "",
    article_title: joinDistinct(sources.map((s) => s.articleTitle)),
    author: joinDistinct(sources.map((s) => s.author)),
    publisher: joinDistinct(sources.map((s) => s.publisher)),
    published_on: joinDistinct(sources.map((s) => s.publishedOn)),
    article_url: joinDistinct(sources.map((s) => s.articleUrl)),
    sentence_number: sentenceNumbers.length === 1 ? (sentenceNumbers[0] ?? "") : sentenceNumbers.join(" | "),
    sentence: joinDistinct(sources.map((s) => s.sentence)),
    figure_url: record.url,
  };
}

/**
 * The CSV of pair figures, one row per figure (derived ones included, `derived` = true):
 * UTF-8 with a byte-order mark, a header row, RFC 4180 quoting, CRLF line ends (RFC 4180's),
 * ISO dates, unformatted numbers. Text cells starting with `=`, `+`, `-`, `@`, tab or CR (or
 * their full-width forms) get a leading `'` (OWASP CSV injection advice); numeric cells,
 * negative ones included, are left as numbers.
 */
export function figuresToCsv(rows: PairFigure[], ctx: CsvContext): string {
  return [...figuresToCsvChunks(rows, ctx)].join("");
}

/** figuresToCsv's text in chunks, so a long CSV can stream; with `header: false`, rows only (a later part of one CSV). */

/** Rows per chunk of a streamed CSV: enough to keep per-chunk overhead small, few enough to keep memory flat. */
const CSV_CHUNK_ROWS = 500;

export function* figuresToCsvChunks(rows: PairFigure[], ctx: CsvContext, { header = true } = {}): Generator<string> {
  for (let i = 0; i === 0 || i < rows.length; i += CSV_CHUNK_ROWS) {
    const records = rows.slice(i, i + CSV_CHUNK_ROWS).map((row) => figureToCsvRow(toFigureRecord(row, ctx, ctx.baseUrl)));
    const first = header && i === 0;
    yield stringify(records, { bom: first, header: first, columns: [...CSV_COLUMNS], record_delimiter: "windows", escape_formulas: true });
  }
}

/** File name for a pair's CSV: "belarus-georgia-trade-figures.csv" (slugs, viewed side first). */
export function pairCsvFileName(fromSlug: string, toSlug: string): string {
  return `${fromSlug}-${toSlug}-trade-figures.csv`;
}

/** File name for the whole corpus's CSV. */
export const CORPUS_CSV_FILE_NAME = "tradecite-all-figures.csv";
