import { z } from "zod";
import { parseCompareRequest } from "@/lib/series/compare-view";
import { countryBySlug, slugOfCode, type Country } from "@/lib/countries";
import { metricSchema, type Figure, type Metric } from "@/lib/schema";
import { listPairs, pairFiguresFor, type PairFigure } from "@/lib/series/series";

/** A request the API cannot answer: the HTTP status, a message for people and the parameter at fault. */
export type ApiError = { status: 400 | 404; error: string; parameter: string };
export type ApiResult<T> = ({ ok: true } & T) | ({ ok: false } & ApiError);

const MAX_PARAM_LENGTH = 200;

const countrySlugSchema = z
  .string()
  .min(1, "must not be empty")
  .max(60, "is too long")
  .regex(/^[a-z]+(?:-[a-z]+)*$/, "must be a country slug such as 'belarus'");

export const figureIdSchema = z
  .string()
  .min(1, "must not be empty")
  .max(MAX_PARAM_LENGTH, "is too long")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a figure id (lowercase letters, digits and dashes)");

const metricsSchema = z
  .string()
  .max(MAX_PARAM_LENGTH, "is too long")
  .transform((text) => text.split(","))
  .pipe(z.array(z.enum(metricSchema.options, { error: `must be a comma-separated list of ${metricSchema.options.join(", ")}` })))
  .transform((metrics) => [...new Set(metrics)]);

function parseParam<T>(schema: z.ZodType<T>, value: unknown, parameter: string): ApiResult<{ value: T }> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, status: 400, error: `'${parameter}' ${parsed.error.issues[0]?.message ?? "is invalid"}`, parameter };
}

function parseCountry(slug: unknown, parameter: string): ApiResult<{ country: Country }> {
  const parsed = parseParam(countrySlugSchema, slug, parameter);
  if (!parsed.ok) return parsed;
  const country = countryBySlug(parsed.value);
  return country ? { ok: true, country } : { ok: false, status: 404, error: `no country '${parsed.value}'`, parameter };
}

/**
 * `?metrics=turnover,exports`: absent means every metric; otherwise a non-empty comma-separated
 * list of known metrics (duplicates dropped). Anything else is a 400 naming `metrics`.
 */
export function parseMetrics(searchParams: URLSearchParams): ApiResult<{ metrics: Metric[] | null }> {
  const raw = searchParams.get("metrics");
  if (raw === null) return { ok: true, metrics: null };
  const parsed = parseParam(metricsSchema, raw, "metrics");
  return parsed.ok ? { ok: true, metrics: parsed.value } : parsed;
}

export type PairRequest = { from: Country; to: Country; metrics: Metric[] | null; figures: PairFigure[] };

/**
 * Resolves `/api/pairs/<from>/<to>?metrics=…&side=…`: both slugs well-formed (else 400) and
 * known countries (else 404), different (else 400 `to`), a pair the corpus has figures for
 * (else 404); `side`, if given, one of the two slugs (else 400) — the figures are seen from it,
 * by default from `from`; `metrics` as parseMetrics. The figures are pairFiguresFor's, filtered.
 */
export function resolvePairRequest(
  params: { from?: unknown; to?: unknown },
  searchParams: URLSearchParams,
  corpusFigures: Figure[],
): ApiResult<PairRequest> {
  const first = parseCountry(params.from, "from");
  if (!first.ok) return first;
  const second = parseCountry(params.to, "to");
  if (!second.ok) return second;
  if (first.country.code === second.country.code) return { ok: false, status: 400, error: "'to' must differ from 'from'", parameter: "to" };
  const metrics = parseMetrics(searchParams);
  if (!metrics.ok) return metrics;
  const side = searchParams.get("side");
  if (side !== null && side !== first.country.slug && side !== second.country.slug) {
    return { ok: false, status: 400, error: `'side' must be '${first.country.slug}' or '${second.country.slug}'`, parameter: "side" };
  }
  const [from, to] = side === second.country.slug ? [second.country, first.country] : [first.country, second.country];
  const [a, b] = [from.code, to.code].sort();
  if (!listPairs(corpusFigures).some((pair) => pair.a === a && pair.b === b)) {
    return { ok: false, status: 404, error: `no figures for ${first.country.name}–${second.country.name}`, parameter: "to" };
  }
  const figures = ofMetrics(pairFiguresFor(corpusFigures, from.code, to.code), metrics.metrics);
  return { ok: true, from, to, metrics: metrics.metrics, figures };
}

/** The figures of the metrics given (all of them for null). */
export function ofMetrics<T extends { metric: Metric }>(figures: T[], metrics: Metric[] | null): T[] {
  return metrics === null ? figures : figures.filter((f) => metrics.includes(f.metric));
}

/** Every pair figure of the corpus, each pair seen from its alphabetically first country code, filtered by metrics. */
export function allPairFigures(corpusFigures: Figure[], metrics: Metric[] | null): PairFigure[] {
  return ofMetrics(listPairs(corpusFigures).flatMap((pair) => pairFiguresFor(corpusFigures, pair.a, pair.b)), metrics);
}

/**
 * Resolves `/api/figures/<id>[?side=<slug>]`: a well-formed id (else 400) of a stated figure,
 * seen from its own reporter, or of a derived one, seen from its pair's alphabetically first
 * country (else 404); `side`, one of the figure's two countries (else 400), views it from there
 * ("Georgia's imports" for Belarus's exports), as a row cited from that side says it.
 * `pairFigures`, allPairFigures of the corpus, may be given when already computed.
 */
export function resolveFigureRequest(params: { id?: unknown; side?: unknown }, corpusFigures: Figure[], pairFigures = allPairFigures(corpusFigures, null)): ApiResult<{ figure: PairFigure }> {
  const id = parseParam(figureIdSchema, params.id, "id");
  if (!id.ok) return id;
  const stated = corpusFigures.find((f) => f.id === id.value);
  const candidates = stated ? pairFiguresFor(corpusFigures, stated.reporter, stated.partner) : pairFigures;
  const figure = candidates.find((f) => f.id === id.value);
  if (!figure) return { ok: false, status: 404, error: `no figure '${id.value}'`, parameter: "id" };
  if (params.side === undefined || params.side === null) return { ok: true, figure };
  const side = [figure.reporter, figure.partner].find((code) => slugOfCode(code) === params.side);
  if (!side) return { ok: false, status: 400, error: `side must be ${slugOfCode(figure.reporter)} or ${slugOfCode(figure.partner)}`, parameter: "side" };
  if (side === figure.reporter) return { ok: true, figure };
  const seen = pairFiguresFor(corpusFigures, side, figure.reporter).find((f) => f.id === figure.id);
  return seen ? { ok: true, figure: seen } : { ok: true, figure };
}

/**
 * The app's public base URL (no trailing slash): `configured` (TRADECITE_PUBLIC_URL) when it is
 * an absolute http(s) URL, else the host that served the request as the client named it (the
 * Host header, or X-Forwarded-Host/-Proto behind a proxy), else the request URL's origin. A host
 * that is not a plain host name and port is ignored, so a forged header cannot put markup or a
 * path into the URLs.
 */
export function resolveBaseUrl(configured: string | undefined, request: Request): string {
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
    } catch {
      // not a URL: fall back to the request's host
    }
  }
  const origin = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim();
  const host = first("x-forwarded-host") ?? first("host");
  const proto = first("x-forwarded-proto");
  const scheme = proto === "https" || proto === "http" ? proto : origin.protocol.slice(0, -1);
  return host && HOST.test(host) ? `${scheme}://${host.toLowerCase()}` : origin.origin;
}

/** A host name or IP literal with an optional port: what a Host header may hold. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The JSON answer to a request the API cannot answer: `{ error, parameter }` with its status. */
export function errorResponse({ status, error, parameter }: ApiError): Response {
  return Response.json({ error, parameter }, { status });
}

/** A body sent as it is made, chunk by chunk: memory stays flat however long it is. */
export function streamOf(chunks: Iterable<string> | AsyncIterable<string>): ReadableStream<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** An API answer: a string, or chunks streamed as they are made. */
export function apiResponse(body: string | Iterable<string> | AsyncIterable<string>, headers: Record<string, string>): Response {
  return new Response(typeof body === "string" ? body : streamOf(body), { headers });
}

/** An answer kept gzipped (a cached export), unzipped as it streams. */
export function gzippedResponse(gzipped: Uint8Array<ArrayBuffer>, headers: Record<string, string>): Response {
  return new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip")), { headers });
}

/** A JSON answer. */
export function jsonResponse(data: unknown): Response {
  return apiResponse(JSON.stringify(data), { "Content-Type": "application/json" });
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

/** The headers of a CSV download: `text/csv; charset=utf-8` with an attachment file name. */
export function csvHeaders(fileName: string): Record<string, string> {
  return { "Content-Type": CSV_CONTENT_TYPE, "Content-Disposition": `attachment; filename="${fileName}"` };
}

const PAIR_CSV_PATH = /^\/api\/pairs\/([^/]+)\/([^/]+)\/figures\.csv$/;

/**
 * Whether a request to an API path will be answered with CSV: a CSV route whose parameters are
 * good (else it answers a JSON error). `pairFigures` gives the stated figures of the pair two
 * slugs name, as the pair routes read them.
 */
export async function answersWithCsv(pathname: string, searchParams: URLSearchParams, pairFigures: (from: string, to: string) => Promise<Figure[]>): Promise<boolean> {
  if (pathname === "/api/figures.csv") return parseMetrics(searchParams).ok;
  if (pathname === "/api/compare.csv") return parseCompareRequest(searchParams.getAll("pair"), searchParams.get("metric")).ok;
  const pair = PAIR_CSV_PATH.exec(pathname);
  if (!pair) return false;
  const [from, to] = [decodeURIComponent(pair[1]!), decodeURIComponent(pair[2]!)];
  return resolvePairRequest({ from, to }, searchParams, await pairFigures(from, to)).ok;
}

/** A CSV download. */
export function csvResponse(csv: string | Iterable<string> | AsyncIterable<string>, fileName: string): Response {
  return apiResponse(csv, csvHeaders(fileName));
}
