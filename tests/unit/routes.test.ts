import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { buildSeedCorpus, SENTENCE_2014 } from "@/tests/unit/export-fixtures";
import { randomSource } from "@/tests/unit/random";

vi.mock("@/lib/corpus", async () => {
  const { allPairFigures } = await import("@/lib/api/api-params");
  const { listPairs } = await import("@/lib/series/series");
  const { gzipSync } = await import("node:zlib");
  const seed = buildSeedCorpus();
  // One figure read with low confidence, so the routes have an unconfirmed figure to mark.
  const corpus = { ...seed, figures: seed.figures.map((f) => (f.id === "f-2014-share" ? { ...f, confidence: 0.62 } : f)) };
  // The seed corpus is one pair: its scope is the whole corpus.
  const scope = { ...corpus, a: "BLR", b: "GEO", pairFigures: allPairFigures(corpus.figures, null) };
  const none = { articles: [], figures: [], pairFigures: [] };
  return {
    getPairScopeOfSlugs: async (from: unknown, to: unknown) => ([from, to].sort().join(" ") === "belarus georgia" ? scope : none),
    getFigureScope: async (id: string) => (scope.pairFigures.some((f) => f.id === id) ? scope : undefined),
    listPairs: async () => listPairs(corpus.figures),
    listArticles: async (offset: number, limit: number) => ({
      total: corpus.articles.length,
      articles: corpus.articles.slice(offset, offset + limit).map((a) => ({ ...a, figureCount: corpus.figures.filter((f) => f.articleId === a.id).length })),
    }),
    eachPairScope: async function* () {
      yield scope;
    },
    getComparison: async (request: import("@/lib/series/compare-view").CompareRequest) => {
      const { pairViewFor } = await import("@/lib/series/pair-view");
      const { compareViewOf } = await import("@/lib/series/compare-view");
      const views = request.pairs.map((p) => pairViewFor([p.from.code, p.to.code].sort().join(" ") === "BLR GEO" ? corpus : { articles: [], figures: [] }, p.from, p.to));
      return { view: compareViewOf(views, request.metric), views, corpus };
    },
    cachedExport: async (_key: string, chunks: () => AsyncIterable<string>) => {
      let text = "";
      for await (const chunk of chunks()) text += chunk;
      return new Uint8Array(gzipSync(text));
    },
  };
});

const { GET: getFigures } = await import("@/app/api/figures/route");
const { GET: getFiguresCsv } = await import("@/app/api/figures.csv/route");
const { GET: getFigure } = await import("@/app/api/figures/[id]/route");
const { GET: getPairs } = await import("@/app/api/pairs/route");
const { GET: getPair } = await import("@/app/api/pairs/[from]/[to]/route");
const { GET: getPairCsv } = await import("@/app/api/pairs/[from]/[to]/figures.csv/route");
const { GET: getUnknownApi } = await import("@/app/api/[...path]/route");
const { GET: getCompareCsv } = await import("@/app/api/compare.csv/route");
const { GET: getOpenApi } = await import("@/app/api/openapi.json/route");
const { answersWithCsv } = await import("@/lib/api/api-params");
const { apiErrorSchema, corpusSchema, figureRecordSchema, pairListSchema, pairSchema } = await import("@/lib/api/api-schema");

const ORIGIN = "http://tradecite.test";
const request = (path: string) => new Request(`${ORIGIN}${path}`);
const pairContext = (from: string, to: string) => ({ params: Promise.resolve({ from, to }) });
const pairRoutes = [
  ["JSON", getPair],
  ["CSV", getPairCsv],
] as const;


const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./\\%?#&=+,;:'\"<>()[]{} \t\n\u0000àéкириллица中文😀";

/** Several hundred values no route may accept: random, very long, traversal, NUL, unicode, empty, numbers, SQL-ish. */
function generateBadValues(seed: number, count: number): string[] {
  const random = randomSource(seed);
  const fixed = [
    "", " ", "-", "--", "a-", "-a", "a--b", "../", "../../etc/passwd", "..%2F..%2F", "%00", "\u0000", "belarus\u0000", "belarus%00",
    "Belarus", "BELARUS", "belarús", "беларусь", "🇧🇾", "0", "42", "-1", "1e9", "NaN", "null", "undefined", "true",
    "' OR '1'='1", "belarus'; DROP TABLE figures; --", "1; SELECT * FROM figures", "<script>alert(1)</script>", "${7*7}", "{{7*7}}",
    "a".repeat(61), "x".repeat(10_000), "belarus ", " belarus", "belarus/georgia", "belarus\n", "%E0%A4%A",
  ];
  const generated = Array.from({ length: count - fixed.length }, () => {
    const length = 1 + Math.floor(random() * (random() < 0.1 ? 500 : 24));
    return Array.from({ length }, () => [...ALPHABET][Math.floor(random() * [...ALPHABET].length)]).join("");
  });
  return [...fixed, ...generated];
}

async function expectJsonError(response: Response, statuses: number[], parameter: string) {
  expect(statuses).toContain(response.status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body).toEqual({ error: expect.any(String), parameter });
  expect(body.error.length).toBeGreaterThan(0);
}

describe("route handlers reject bad parameters with JSON 400/404", () => {
  const badValues = generateBadValues(20240501, 300);

  it("has generated a few hundred distinct bad values", () => {
    expect(new Set(badValues).size).toBeGreaterThanOrEqual(290);
  });

  it.each(pairRoutes)("pair %s: bad 'from' and 'to' path values", async (_, GET) => {
    for (const value of badValues) {
      await expectJsonError(await GET(request("/api/pairs/x/y"), pairContext(value, "georgia")), [400, 404], "from");
      await expectJsonError(await GET(request("/api/pairs/x/y"), pairContext("belarus", value)), [400, 404], "to");
    }
  });

  it.each(pairRoutes)("pair %s: bad 'metrics' and 'side' query values answer 400", async (_, GET) => {
    for (const value of [...badValues, "turnover,", ",turnover", "turnover,,exports", "TURNOVER", "turnover,gdp", "russia", "georgia,belarus"]) {
      const encoded = encodeURIComponent(value);
      await expectJsonError(await GET(request(`/api/pairs/belarus/georgia?metrics=${encoded}`), pairContext("belarus", "georgia")), [400], "metrics");
      if (value !== "belarus" && value !== "georgia") {
        await expectJsonError(await GET(request(`/api/pairs/belarus/georgia?side=${encoded}`), pairContext("belarus", "georgia")), [400], "side");
      }
    }
  });

  it.each(pairRoutes)("pair %s: unknown countries and pairs without figures answer 404, one country twice 400", async (_, GET) => {
    await expectJsonError(await GET(request("/api/pairs/atlantis/georgia"), pairContext("atlantis", "georgia")), [404], "from");
    await expectJsonError(await GET(request("/api/pairs/belarus/narnia"), pairContext("belarus", "narnia")), [404], "to");
    await expectJsonError(await GET(request("/api/pairs/belarus/russia"), pairContext("belarus", "russia")), [404], "to");
    await expectJsonError(await GET(request("/api/pairs/belarus/belarus"), pairContext("belarus", "belarus")), [400], "to");
  });

  it("figure: bad ids answer 400, unknown well-formed ids 404", async () => {
    for (const value of badValues) {
      await expectJsonError(await getFigure(request("/api/figures/x"), { params: Promise.resolve({ id: value }) }), [400, 404], "id");
    }
    for (const id of ["f-2099-turnover", "d-exports-00000000", "a".repeat(200)]) {
      await expectJsonError(await getFigure(request("/api/figures/x"), { params: Promise.resolve({ id }) }), [404], "id");
    }
    await expectJsonError(await getFigure(request("/api/figures/x"), { params: Promise.resolve({ id: "a".repeat(201) }) }), [400], "id");
  });

  it("any other /api path answers a JSON 404 naming the path", async () => {
    for (const value of badValues.slice(0, 50)) {
      await expectJsonError(await getUnknownApi(request("/api/x"), { params: Promise.resolve({ path: ["pairs", value] }) }), [404], "path");
    }
  });

  it("whole corpus JSON and CSV: bad 'metrics' answer 400", async () => {
    for (const value of badValues) {
      const path = `/api/figures?metrics=${encodeURIComponent(value)}`;
      await expectJsonError(await getFigures(request(path)), [400], "metrics");
      await expectJsonError(await getFiguresCsv(request(path)), [400], "metrics");
    }
  });
});

describe("route handlers answer good requests", () => {
  it("GET /api/pairs/belarus/georgia gives stated and derived figures with sources and permalinks", async () => {
    const response = await getPair(request("/api/pairs/belarus/georgia"), pairContext("belarus", "georgia"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.from).toEqual({ code: "BLR", name: "Belarus", slug: "belarus" });
    expect(body.figures.map((f: { metric: string; period: string; derived: boolean }) => `${f.period} ${f.metric}${f.derived ? " (derived)" : ""}`)).toEqual([
      "2011 turnover", "2011 exports (derived)", "2011 imports (derived)", "2011 balance", "2014 turnover", "2014 share",
    ]);
    const turnover2014 = body.figures.find((f: { id: string }) => f.id === "f-2014-turnover");
    expect(turnover2014).toMatchObject({ value: 64180000, confidence: 0.95, confirmed: true, periodStart: "2014-01-01", periodEnd: "2014-12-31", periodType: "year", url: `${ORIGIN}/figures/f-2014-turnover` });
    expect(turnover2014.sources).toEqual([expect.objectContaining({ sentence: SENTENCE_2014, statedAs: "USD 64.18 million", sentenceNumber: 2 })]);
  });

  it("every figure carries its confidence and whether it is confirmed; one below 0.8 is not", async () => {
    const body = await (await getFigures(request("/api/figures"))).json();
    const status = Object.fromEntries(body.figures.map((f: { id: string; metric: string; period: string; confidence: number; confirmed: boolean }) => [`${f.period} ${f.metric}`, [f.confidence, f.confirmed]]));
    expect(status).toEqual({
      "2011 turnover": [0.95, true],
      "2011 exports": [expect.closeTo(0.9025), true],
      "2011 imports": [expect.closeTo(0.9025), true],
      "2011 balance": [0.95, true],
      "2014 turnover": [0.95, true],
      "2014 share": [0.62, false],
    });
    const share = await (await getFigure(request("/api/figures/f-2014-share"), { params: Promise.resolve({ id: "f-2014-share" }) })).json();
    expect(share).toMatchObject({ confidence: 0.62, confirmed: false });
  });

  it("the CSV has kind, confidence and confirmed columns", async () => {
    const text = await (await getFiguresCsv(request("/api/figures.csv"))).text();
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.metric === "share")).toMatchObject({ kind: "actual", confidence: "0.62", confirmed: "false" });
    expect(rows.find((r) => r.metric === "turnover" && r.period_start === "2014-01-01")).toMatchObject({ kind: "actual", confidence: "0.95", confirmed: "true" });
  });

  it("side=georgia shows the pair from Georgia's side: the 2011 balance turns positive", async () => {
    const body = await (await getPair(request("/api/pairs/belarus/georgia?side=georgia&metrics=balance"), pairContext("belarus", "georgia"))).json();
    expect(body.from.code).toBe("GEO");
    expect(body.metrics).toEqual(["balance"]);
    expect(body.figures).toEqual([expect.objectContaining({ reporter: "GEO", partner: "BLR", value: 237100000 })]);
  });

  it("a figure seen from the other side links to its permalink from that side, which shows what the row said", async () => {
    const pair = await (await getPair(request("/api/pairs/georgia/belarus?metrics=balance"), pairContext("georgia", "belarus"))).json();
    expect(pair.figures.map((f: { url: string }) => f.url)).toEqual([`${ORIGIN}/figures/f-2011-balance?side=georgia`]);
    const seen = await (await getFigure(request("/api/figures/f-2011-balance?side=georgia"), { params: Promise.resolve({ id: "f-2011-balance" }) })).json();
    expect(seen).toMatchObject({ id: "f-2011-balance", reporter: "GEO", partner: "BLR", value: 237100000, url: `${ORIGIN}/figures/f-2011-balance?side=georgia` });
    const own = await (await getFigure(request("/api/figures/f-2011-balance?side=belarus"), { params: Promise.resolve({ id: "f-2011-balance" }) })).json();
    expect(own).toMatchObject({ reporter: "BLR", value: -237100000, url: `${ORIGIN}/figures/f-2011-balance` });
    await expectJsonError(await getFigure(request("/api/figures/f-2011-balance?side=armenia"), { params: Promise.resolve({ id: "f-2011-balance" }) }), [400], "side");
  });

  it("the pair CSV honours metrics and side, and is an attachment named after the pair", async () => {
    const response = await getPairCsv(request("/api/pairs/belarus/georgia?metrics=turnover,exports&side=georgia"), pairContext("belarus", "georgia"));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="georgia-belarus-trade-figures.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.reporter, r.metric, r.period_start, r.derived])).toEqual([
      ["GEO", "turnover", "2011-01-01", "false"],
      ["GEO", "exports", "2011-01-01", "true"],
      ["GEO", "turnover", "2014-01-01", "false"],
    ]);
  });

  it("figure_url uses TRADECITE_PUBLIC_URL when set", async () => {
    vi.stubEnv("TRADECITE_PUBLIC_URL", "https://tradecite.example/app/");
    try {
      const body = await (await getFigure(request("/api/figures/f-2014-turnover"), { params: Promise.resolve({ id: "f-2014-turnover" }) })).json();
      expect(body.url).toBe("https://tradecite.example/app/figures/f-2014-turnover");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    [{ host: "tradecite.example.org" }, "http://tradecite.example.org"],
    [{ host: "tradecite.example.org:8080" }, "http://tradecite.example.org:8080"],
    [{ host: "internal:3000", "x-forwarded-host": "data.example.net", "x-forwarded-proto": "https" }, "https://data.example.net"],
    [{ host: "evil.example/<script>" }, ORIGIN],
    [{ host: "a.example", "x-forwarded-proto": "javascript" }, "http://a.example"],
  ])("figure_url takes the host that served the request: %j", async (headers, base) => {
    const response = await getFigure(new Request(`${ORIGIN}/api/figures/f-2014-turnover`, { headers }), { params: Promise.resolve({ id: "f-2014-turnover" }) });
    expect((await response.json()).url).toBe(`${base}/figures/f-2014-turnover`);
  });

  it.each([
    ["/api/pairs", pairListSchema, () => getPairs(request("/api/pairs"))],
    ["/api/pairs/belarus/georgia", pairSchema, () => getPair(request("/api/pairs/belarus/georgia"), pairContext("belarus", "georgia"))],
    ["/api/pairs/georgia/belarus?side=georgia&metrics=balance", pairSchema, () => getPair(request("/api/pairs/georgia/belarus?side=georgia&metrics=balance"), pairContext("georgia", "belarus"))],
    ["/api/figures", corpusSchema, () => getFigures(request("/api/figures"))],
    ["/api/figures/f-2014-turnover", figureRecordSchema, () => getFigure(request("/api/figures/f-2014-turnover"), { params: Promise.resolve({ id: "f-2014-turnover" }) })],
    ["/api/figures/nope", apiErrorSchema, () => getFigure(request("/api/figures/nope"), { params: Promise.resolve({ id: "nope" }) })],
  ] as const)("%s answers exactly what its schema (and /api/openapi.json) says", async (_, schema, call) => {
    const body = await (await call()).json();
    // Parsing strips keys a schema does not know: equal means no field is undocumented.
    expect((schema as { parse: (v: unknown) => unknown }).parse(body)).toEqual(body);
  });

  it("/api/openapi.json documents every route on the host that served it", async () => {
    const doc = await (await getOpenApi(request("/api/openapi.json"))).json();
    expect(doc.openapi).toBe("3.0.3");
    expect(doc.servers).toEqual([{ url: ORIGIN }]);
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/compare.csv", "/api/figures", "/api/figures.csv", "/api/figures/{id}", "/api/openapi.json", "/api/pairs", "/api/pairs/{from}/{to}", "/api/pairs/{from}/{to}/figures.csv"]);
    expect(doc.paths["/api/figures/{id}"].get.responses[200].content["application/json"].schema.properties.sources.type).toBe("array");
  });

  it("GET /api/figures/<derived id> finds a derived figure with both source ids", async () => {
    const pair = await (await getPair(request("/api/pairs/belarus/georgia?metrics=exports"), pairContext("belarus", "georgia"))).json();
    const id: string = pair.figures[0].id;
    const body = await (await getFigure(request(`/api/figures/${id}`), { params: Promise.resolve({ id }) })).json();
    expect(body).toMatchObject({ id, derived: true, metric: "exports", value: 31450000, derivedFrom: ["f-2011-turnover", "f-2011-balance"] });
  });

  it("whole corpus: JSON lists every article and figure; CSV is tradecite-all-figures.csv", async () => {
    const body = await (await getFigures(request("/api/figures"))).json();
    expect(body.articles).toHaveLength(2);
    expect(body.figures).toHaveLength(6);
    const csv = await getFiguresCsv(request("/api/figures.csv"));
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="tradecite-all-figures.csv"');
    expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(7);
  });

  it.each([
    ["/api/figures.csv", "", true],
    ["/api/figures.csv", "metrics=turnover", true],
    ["/api/figures.csv", "metrics=bogus", false],
    ["/api/pairs/belarus/georgia/figures.csv", "side=georgia", true],
    ["/api/pairs/belarus/georgia/figures.csv", "side=russia", false],
    ["/api/pairs/belarus/russia/figures.csv", "", false],
    ["/api/pairs/atlantis/georgia/figures.csv", "", false],
    ["/api/pairs/belarus/georgia", "", false],
    ["/api/compare.csv", "pair=georgia:belarus&pair=belarus:russia", true],
    ["/api/compare.csv", "pair=georgia:belarus&metric=share", false],
    ["/api/compare.csv", "", false],
  ])("answersWithCsv(%s?%s) is %s: what the route will answer with", async (path, query, csv) => {
    const seed = buildSeedCorpus();
    const figuresOf = async (from: string, to: string) => ([from, to].sort().join(" ") === "belarus georgia" ? seed.figures : []);
    expect(await answersWithCsv(path, new URLSearchParams(query), figuresOf)).toBe(csv);
  });

  it("GET /api/compare.csv gives what the comparison draws, each pair from its first country; a pair with no figure adds no row", async () => {
    const response = await getCompareCsv(request("/api/compare.csv?pair=georgia:belarus&pair=belarus:russia&metric=turnover"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="tradecite-compare-turnover.csv"');
    const rows = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.reporter, r.partner, r.metric, r.period_start, r.value])).toEqual([
      ["GEO", "BLR", "turnover", "2011-01-01", "300000000"],
      ["GEO", "BLR", "turnover", "2014-01-01", "64180000"],
    ]);
  });

  it.each([
    ["", "no pair to compare", "pair"],
    ["?pair=georgia", "pair 'georgia': expected two country slugs joined by ':', as in belarus:russia", "pair"],
    ["?pair=georgia:belarus&metric=share", "unknown metric 'share' (one of turnover, exports, imports, balance)", "metric"],
  ])("GET /api/compare.csv%s answers 400 naming what is wrong", async (query, error, parameter) => {
    const response = await getCompareCsv(request(`/api/compare.csv${query}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error, parameter });
  });

  it("GET /api/pairs lists the pair with links", async () => {
    const body = await (await getPairs(request("/api/pairs"))).json();
    expect(body.pairs).toEqual([
      { a: "BLR", b: "GEO", figureCount: 4, articleIds: [expect.any(String)], json: `${ORIGIN}/api/pairs/belarus/georgia`, csv: `${ORIGIN}/api/pairs/belarus/georgia/figures.csv`, page: `${ORIGIN}/pairs/belarus/georgia` },
    ]);
  });
});
