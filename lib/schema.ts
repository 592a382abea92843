import { z } from "zod";

/** ISO 3166-1 alpha-3, plus `WLD` (a country's trade with the whole world) and `EU`. */
export const countryCodeSchema = z.string().regex(/^(?:[A-Z]{3}|EU)$/, "expected an ISO alpha-3 code, WLD or EU");
export type CountryCode = z.infer<typeof countryCodeSchema>;

/**
 * A period: `"2014"` for a calendar year, `"2023-01/2023-05"` for January–May 2023
 * (quarters, halves and single months use the same month-range form).
 */
export const periodSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])\/\d{4}-(?:0[1-9]|1[0-2]))?$/, "expected YYYY or YYYY-MM/YYYY-MM");
export type Period = z.infer<typeof periodSchema>;

export const metricSchema = z.enum(["turnover", "exports", "imports", "balance", "share"]);
export type Metric = z.infer<typeof metricSchema>;

export const qualifierSchema = z.enum(["exact", "approx", "almost", "more_than", "less_than"]);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const kindSchema = z.enum(["actual", "target", "forecast"]);
export type Kind = z.infer<typeof kindSchema>;

/** Half-open character range `[start, end)` in UTF-16 code units into an article's cleaned body. */
export const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([s, e]) => e > s, "span must be non-empty");
export type Span = z.infer<typeof spanSchema>;

export const sentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Index of the paragraph (blank-line separated block of the body) holding the sentence. */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** A calendar date written YYYY-MM-DD: "2020-13-45" and "2021-02-29" are refused. */
const isoDate = z.iso.date({ error: "expected a calendar date written YYYY-MM-DD" });

/** What an article's YAML front matter holds. Only the title is required. */
export const articleMetaSchema = z.object({
  title: z.string().min(1),
  date: isoDate.optional(),
  author: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** File name of the raw article in data/raw/ this one was cleaned from. */
  source: z.string().min(1).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase slug").max(120);

export const articleSchema = articleMetaSchema.extend({
  id: slugSchema,
  body: z.string(),
  sentences: z.array(sentenceSchema),
});
export type Article = z.infer<typeof articleSchema>;

/** What a figure says: the extractor's reading of it, or an editor's correction. */
export const figureReadingSchema = z.object({
  metric: metricSchema,
  /** The side the figure is seen from: exports are the reporter's to the partner. */
  reporter: countryCodeSchema,
  partner: countryCodeSchema,
  period: periodSchema,
  /** Base units: USD 64.18 million → 64180000; a share in percent (0.1 → 0.1 %). */
  value: z.number().finite(),
  /** ISO 4217 code for money; null for a share. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  qualifier: qualifierSchema,
  kind: kindSchema,
});
export type FigureReading = z.infer<typeof figureReadingSchema>;

/** An editor's review of a figure still shown: confirmed as read, or corrected (the extractor's reading kept as `original`). */
export const reviewSchema = z.object({
  state: z.enum(["confirmed", "corrected"]),
  by: z.string(),
  /** ISO 8601 time of the review. */
  at: z.string(),
  note: z.string().nullable(),
  original: figureReadingSchema.nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

export const figureSchema = z.object({
  /** Stable across runs: derived from the article id, the span and what the figure says. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  articleId: slugSchema,
  sentenceIndex: z.number().int().nonnegative(),
  /** The number's own text in the body, e.g. "USD 64.18 million". */
  span: spanSchema,
  ...figureReadingSchema.shape,
  /** The extractor's calibrated estimate that this reading is right, in [0, 1]. */
  confidence: z.number().min(0).max(1),
  /** Absent until an editor reviews the figure; what it says is then the reviewed reading. */
  review: reviewSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** An article run through the pipeline: the article and the figures found in it. */
export const extractedArticleSchema = z.object({
  article: articleSchema,
  figures: z.array(figureSchema),
});
export type ExtractedArticle = z.infer<typeof extractedArticleSchema>;
