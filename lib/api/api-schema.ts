import { z } from "zod";
import { countryCodeSchema, metricSchema } from "@/lib/schema";
import { pairFigureSchema } from "@/lib/series/series";

/**
 * What the read API answers, as zod schemas: the routes' types come from them, a test checks
 * every route's answers against them, and /api/openapi.json is generated from them.
 */

/** One sentence a figure rests on, with its article's metadata. */
export const figureSourceSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedOn: z.string().nullable().describe("YYYY-MM-DD, or null when the article is undated"),
  articleUrl: z.string().nullable(),
  sentenceNumber: z.number().int().positive().describe("the sentence's number in the article, counted from 1, as the reader's #s-<number> anchor and the CSV's sentence_number count it"),
  sentence: z.string(),
  statedAs: z.string().describe("the number's own text, e.g. \"USD 64.18 million\""),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).describe("where statedAs stands in the article's cleaned body: [start, end) in UTF-16 code units"),
  sentenceUrl: z.string().nullable().describe("the article URL with a text fragment selecting the sentence, or null without a URL"),
});

/**
 * A figure as the JSON routes give it: the pair figure, its period bounds, its permalink and
 * sources (where a stated figure's own locator, with the sentence's index from 0, is left out:
 * its source says the same, numbered from 1 as everywhere a sentence is numbered).
 */
export const figureRecordSchema = pairFigureSchema.omit({ source: true }).extend({
  confirmed: z.boolean().describe("false when the confidence is below 0.8: the figure is unconfirmed"),
  periodStart: z.string().describe("YYYY-MM-DD"),
  periodEnd: z.string().describe("YYYY-MM-DD"),
  periodType: z.enum(["year", "part-year"]),
  url: z.string().describe("the figure's permalink, with ?side=<slug> when seen from its partner's side"),
  sources: z.array(figureSourceSchema),
});

const countrySchema = z.object({ code: countryCodeSchema, name: z.string(), slug: z.string() });

export const pairListSchema = z.object({
  pairs: z.array(z.object({ a: countryCodeSchema, b: countryCodeSchema, figureCount: z.number().int(), articleIds: z.array(z.string()), json: z.string(), csv: z.string(), page: z.string() })),
});

export const pairSchema = z.object({ from: countrySchema, to: countrySchema, metrics: z.array(metricSchema).nullable().describe("the metrics asked for, or null for all"), figures: z.array(figureRecordSchema) });

export const corpusSchema = z.object({
  articles: z.array(z.object({ id: z.string(), title: z.string(), author: z.string().nullable(), publisher: z.string().nullable(), publishedOn: z.string().nullable(), url: z.string().nullable() })),
  figures: z.array(figureRecordSchema),
});

export const apiErrorSchema = z.object({ error: z.string(), parameter: z.string().describe("the path segment or query parameter at fault") });

const metricsParameter = { name: "metrics", in: "query", required: false, description: "comma-separated metrics: turnover, exports, imports, balance, share", schema: { type: "string" } };
const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: z.toJSONSchema(schema, { target: "openapi-3.0" }) } } });
const csv = { description: "RFC 4180 CSV with a UTF-8 byte-order mark, one row per figure", content: { "text/csv": { schema: { type: "string" } } } };
const error = json(apiErrorSchema, "a bad parameter (400) or an unknown pair, figure or path (404)");

/** The OpenAPI 3.0 document of the read API. */
export function openApiDocument(serverUrl: string) {
  const pairParameters = [
    { name: "from", in: "path", required: true, description: "country slug, e.g. belarus", schema: { type: "string" } },
    { name: "to", in: "path", required: true, description: "country slug, e.g. georgia", schema: { type: "string" } },
    metricsParameter,
    { name: "side", in: "query", required: false, description: "the slug of the side to view the pair from (default: from)", schema: { type: "string" } },
  ];
  return {
    openapi: "3.0.3",
    info: { title: "tradecite read API", version: "1", description: "Bilateral trade figures found in news articles, each linked to the sentence that states it." },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/pairs": { get: { summary: "every country pair with figures", responses: { 200: json(pairListSchema, "the pairs with links") } } },
      "/api/pairs/{from}/{to}": { get: { summary: "a pair's figures, stated and derived", parameters: pairParameters, responses: { 200: json(pairSchema, "the pair and its figures"), 400: error, 404: error } } },
      "/api/pairs/{from}/{to}/figures.csv": { get: { summary: "a pair's figures as CSV", parameters: pairParameters, responses: { 200: csv, 400: error, 404: error } } },
      "/api/figures": { get: { summary: "every figure of the corpus with its sources", parameters: [metricsParameter], responses: { 200: json(corpusSchema, "the articles and figures"), 400: error } } },
      "/api/compare.csv": {
        get: {
          summary: "the figures a comparison of pairs draws (one metric, one currency) as CSV",
          parameters: [
            { name: "pair", in: "query", required: true, description: "a pair as two country slugs joined by ':' (belarus:russia); one to six, repeated", schema: { type: "array", items: { type: "string" } }, style: "form", explode: true },
            { name: "metric", in: "query", required: false, description: "turnover (the default), exports, imports or balance", schema: { type: "string", enum: ["turnover", "exports", "imports", "balance"] } },
          ],
          responses: { 200: csv, 400: error },
        },
      },
      "/api/figures.csv": { get: { summary: "every figure of the corpus as CSV", parameters: [metricsParameter], responses: { 200: csv, 400: error } } },
      "/api/figures/{id}": { get: { summary: "one figure, stated or derived", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "side", in: "query", required: false, description: "the slug of one of its two countries, to view it from there", schema: { type: "string" } }], responses: { 200: json(figureRecordSchema, "the figure"), 400: error, 404: error } } },
      "/api/openapi.json": { get: { summary: "this document", responses: { 200: { description: "OpenAPI 3.0", content: { "application/json": { schema: { type: "object" } } } } } } },
    },
  };
}
