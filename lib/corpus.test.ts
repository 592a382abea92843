import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticleFile } from "@/lib/ingest/article-file";
import { saveArticle } from "@/lib/db/store";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { processArticle } from "@/lib/extract/pipeline";
import { countryRefFor } from "@/lib/series/pair-view";

const ROOT = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "tradecite-corpus-"));
cpSync(join(ROOT, "tests", "fixtures", "seeds", "articles"), join(dir, "articles"), { recursive: true });
process.env.TRADECITE_DATA_DIR = dir;
const corpus = await import("@/lib/corpus");

afterAll(async () => {
  await (await corpus.corpusDatabase()).close();
  rmSync(dir, { recursive: true, force: true });
});

const ARMENIA = `---\ntitle: Armenia and Georgia trade\ndate: 2023-03-03\n---\nIn 2022, trade turnover between Armenia and Georgia totalled USD 1.2 billion, the statistics office said.\n`;

describe("the corpus as pages read it, from the database", () => {
  beforeAll(async () => {
    await corpus.listPairs();
  });

  it("lists the seed articles' one pair with its sparkline and latest turnover, and its articles newest first", async () => {
    const [pair, ...others] = await corpus.listPairSummaries();
    expect(others).toEqual([]);
    expect(pair).toMatchObject({ a: "BLR", b: "GEO", figureCount: 4, articleCount: 1 });
    expect(pair!.sparkline.map((f) => [f.period, f.value])).toEqual([["2011", 300000000], ["2014", 64180000]]);
    expect(pair!.latest?.period).toBe("2014");
    const { total, articles } = await corpus.listArticles(0, 2);
    expect(total).toBe(3);
    expect(articles.map((a) => [a.date, a.figureCount])).toEqual([["2023-01-09", 0], ["2017-10-02", 0]]);
  });

  it("finds a pair's view, a stated and a derived figure's pair, an article, and nothing for what is not there", async () => {
    const view = await corpus.getPairView(countryRefFor("GEO"), countryRefFor("BLR"));
    expect(view.figures.map((f) => [f.metric, f.period, f.value])).toContainEqual(["balance", "2011", 237100000]);
    const derived = view.figures.find((f) => f.derived)!;
    const stated = view.figures.find((f) => !f.derived)!;
    for (const id of [derived.id, stated.id]) expect((await corpus.getFigureScope(id))?.a).toBe("BLR");
    expect(await corpus.isCurrentFigureId("turnover-2014-522cca2446")).toBe(false);
    expect(await corpus.findIssuedId("turnover-2014-522cca2446")).toMatchObject({ status: "alias", figureId: "turnover-2014-e2405af5d8" });
    expect((await corpus.getArticle(stated.source!.articleId))?.figures).toHaveLength(4);
    expect(await corpus.getArticle("no-such-article")).toBeUndefined();
    expect((await corpus.getPairScopeOfSlugs("belarus", "russia")).figures).toEqual([]);
    expect((await corpus.getPairScopeOfSlugs("belarus", "belarus")).figures).toEqual([]);
  });

  it("forgets what it read when this server stores an article: the new pair, its figure and the exports show at once", async () => {
    const csv = async () => gunzipSync(await corpus.cachedExport("csv test", async function* () {
      for await (const scope of corpus.eachPairScope()) yield scope.pairFigures.map((f) => `${f.reporter},${f.partner},${f.value}\n`).join("");
    })).toString("utf8");
    expect(await csv()).not.toContain("ARM");
    const { meta, body } = parseArticleFile(ARMENIA);
    const extracted = processArticle({ id: "armenia-and-georgia-trade", ...meta, body });
    await saveArticle(await corpus.corpusDatabase(), { ...extracted, rawText: ARMENIA, language: "en" }, EXTRACTOR_VERSION);
    corpus.corpusChanged();
    expect((await corpus.listPairs()).map((p) => `${p.a}-${p.b}`)).toEqual(["BLR-GEO", "ARM-GEO"]);
    expect((await corpus.listArticles(0, 1)).articles[0]?.id).toBe("armenia-and-georgia-trade");
    expect(await csv()).toContain("ARM,GEO,1200000000");
    expect(await corpus.isCurrentFigureId(extracted.figures[0]!.id)).toBe(true);
  });

  it("sees a write made by another process (a command on a PostgreSQL server) within a tenth of a second", async () => {
    const before = (await corpus.listPairs()).length;
    const raw = ARMENIA.replace(/Armenia/g, "Moldova");
    const { meta, body } = parseArticleFile(raw);
    await saveArticle(await corpus.corpusDatabase(), { ...processArticle({ id: "moldova-and-georgia-trade", ...meta, body }), rawText: raw, language: "en" }, EXTRACTOR_VERSION);
    await new Promise((r) => setTimeout(r, 150));
    expect((await corpus.listPairs()).length).toBe(before + 1);
  });
});
