import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledReviewsSchema } from "@/lib/edit/bundled-reviews";
import { seedBundledCorpus } from "@/lib/db/corpus-database";
import { countryRefFor } from "@/lib/series/pair-view";

// The corpus `npm start` serves, seeded from a copy of data/ (never data/db itself).
const DATA = join(import.meta.dirname, "..", "..", "data");
const dir = mkdtempSync(join(tmpdir(), "tradecite-bundle-"));
cpSync(join(DATA, "articles"), join(dir, "articles"), { recursive: true });
cpSync(join(DATA, "reviews.json"), join(dir, "reviews.json"));
process.env.TRADECITE_DATA_DIR = dir;
const corpus = await import("@/lib/corpus");
const bundle = bundledReviewsSchema.parse(JSON.parse(readFileSync(join(DATA, "reviews.json"), "utf8")));

beforeAll(async () => {
  await corpus.corpusDatabase();
}, 180_000);

afterAll(async () => {
  await (await corpus.corpusDatabase()).close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the bundled corpus", () => {
  it("is real articles with their source: at least 150, each with a URL, a publisher and a date, and each reviewed", async () => {
    const { total, articles } = await corpus.listArticles(0, 1000);
    expect(total).toBeGreaterThanOrEqual(150);
    const sourced = articles.filter((a) => a.url && a.publisher && a.date);
    // The seed articles came without a URL; every other one has its source.
    expect(articles.length - sourced.length).toBeLessThanOrEqual(3);
    expect(Object.keys(bundle.articles).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it("has a review record for every figure, and each figure's span is its number's text", async () => {
    const db = await corpus.corpusDatabase();
    const states = await db.query<{ review_state: string | null; n: number }>("select review_state, count(*)::integer as n from reviewed_figures where status = 'current' group by review_state");
    expect(states.find((s) => s.review_state === null)).toBeUndefined();
    expect(states.find((s) => s.review_state === "confirmed")?.n).toBeGreaterThan(500);
    const unreviewed = await db.query("select f.id from figures f where f.status = 'current' and not exists (select 1 from reviews r where r.figure_id = f.id)");
    expect(unreviewed).toEqual([]);
    const misplaced = await db.query("select f.id from figures f join articles a on a.id = f.article_id where f.status = 'current' and substr(a.body, f.span_start + 1, f.span_end - f.span_start) <> f.number_text");
    expect(misplaced).toEqual([]);
    const wordless = await db.query("select id from figures where status = 'current' and number_text !~ '[0-9]' and number_text !~* 'thousand|million|billion|trillion'");
    expect(wordless).toEqual([]);
  });

  it("shows what an analyst opens it for: 40 pairs or more, Belarus with 10 partners or more each with a value, Belarus–Russia over 8 years or more", async () => {
    expect((await corpus.listPairSummaries()).length).toBeGreaterThanOrEqual(40);
    const partners = (await corpus.getCountryPartners("BLR"))!;
    const valued = partners.filter((p) => Object.values(p.latest).some((f) => f !== null));
    expect(valued.length).toBeGreaterThanOrEqual(10);
    const view = await corpus.getPairView(countryRefFor("BLR"), countryRefFor("RUS"));
    expect(new Set(view.figures.filter((f) => f.kind === "actual").map((f) => f.period.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
  });

  it("is seeded once: starting again reads nothing, and carrying the review out again changes nothing", async () => {
    const db = await corpus.corpusDatabase();
    const count = async () => (await db.query<{ n: number }>("select count(*)::integer as n from reviews"))[0]!.n;
    const before = await count();
    expect(await seedBundledCorpus(db, dir)).toBe(0);
    await db.query("delete from corpus_state where key = 'bundle'");
    expect(await seedBundledCorpus(db, dir)).toBe(0);
    expect(await count()).toBe(before);
  }, 120_000);
});
