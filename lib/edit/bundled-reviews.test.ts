import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleFile } from "@/lib/ingest/article-file";
import { processArticle } from "@/lib/extract/pipeline";
import { bundledReviewsSchema, describeUnplaced, planBundledReviews, type BundledFigure, type PlannedFigure } from "@/lib/edit/bundled-reviews";

const MINSK = "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations";
const { meta, body } = parseArticleFile(readFileSync(join(import.meta.dirname, "..", "..", "tests", "fixtures", "seeds", "articles", `${MINSK}.md`), "utf8"));
const { article, figures } = processArticle({ id: MINSK, ...meta, body });
const fresh = (f: (typeof figures)[number]): PlannedFigure => ({ ...f, reviewed: false, rejected: false });
const byNumber = (text: string) => figures.find((f) => body.slice(f.span[0], f.span[1]) === text)!;

const TURNOVER_2014: BundledFigure = { quote: "In 2014, it totalled USD 64.18 million", number: "USD 64.18 million", reading: { metric: "turnover", reporter: "BLR", partner: "GEO", period: "2014", value: 64180000, currency: "USD", qualifier: "exact", kind: "actual" } };
const DEFICIT_2011: BundledFigure = { quote: "balance deficit for Belarus (USD 237.1 million)", number: "237.1 million", reading: { metric: "balance", reporter: "GEO", partner: "BLR", period: "2011", value: 237100000, currency: "USD", qualifier: "exact", kind: "actual" } };
const TURNOVER_2011_AS_2010: BundledFigure = { quote: "reaching almost USD  300 million", number: "USD 300 million", reading: { metric: "turnover", reporter: "GEO", partner: "BLR", period: "2010", value: 300000000, currency: "USD", qualifier: "approx", kind: "actual" } };

describe("planning the review of a bundled article", () => {
  it("confirms what the extractor read as the reviewer did, whichever side the reading is written from, and with 'almost' for 'about'", () => {
    const plan = planBundledReviews(article, figures.map(fresh), [TURNOVER_2014, DEFICIT_2011, { ...TURNOVER_2011_AS_2010, reading: { ...TURNOVER_2011_AS_2010.reading, period: "2011" } }]);
    expect(plan.confirm.sort()).toEqual([byNumber("USD 64.18 million").id, byNumber("USD 237.1 million").id, byNumber("USD 300 million").id].sort());
    expect(plan.reject).toEqual([byNumber("0.1%").id]);
    expect(plan).toMatchObject({ correct: [], add: [], unplaced: [], open: 0 });
  });

  it("corrects only the fields a figure read from a reviewed number gets wrong", () => {
    const plan = planBundledReviews(article, figures.map(fresh), [TURNOVER_2011_AS_2010]);
    expect(plan.correct).toEqual([{ figureId: byNumber("USD 300 million").id, correction: { reporter: "GEO", partner: "BLR", period: "2010" } }]);
  });

  it("adds a listed figure no figure was read from, at its number in its sentence, and leaves an open-ended target that nobody read", () => {
    const unread = figures.filter((f) => body.slice(f.span[0], f.span[1]) !== "USD 64.18 million").map(fresh);
    const target: BundledFigure = { ...TURNOVER_2014, reading: { ...TURNOVER_2014.reading, period: null, kind: "target" } };
    const plan = planBundledReviews(article, unread, [TURNOVER_2014, { ...target, number: "64.18" }]);
    const sentence = article.sentences.find((s) => body.slice(s.start, s.end).includes("USD 64.18 million"))!;
    expect(plan.add).toEqual([{ sentenceIndex: sentence.index, numberText: "USD 64.18 million", occurrence: 0, reading: TURNOVER_2014.reading }]);
    expect(plan.open).toBe(1);
  });

  it("plans nothing again for what was reviewed: a confirmed or corrected figure takes its bundled reading, a rejected one stays rejected", () => {
    const done = figures.map((f): PlannedFigure => (body.slice(f.span[0], f.span[1]) === "0.1%" ? { ...f, reviewed: true, rejected: true } : { ...f, reviewed: true, rejected: false }));
    expect(planBundledReviews(article, done, [TURNOVER_2014, DEFICIT_2011])).toMatchObject({ confirm: [], correct: [], reject: [], add: [], unplaced: [] });
  });

  it("says which bundled figures cannot be placed: a passage not in the article, a number not in its passage", () => {
    const plan = planBundledReviews(article, [], [{ ...TURNOVER_2014, quote: "In 2015, it totalled" }, { ...TURNOVER_2014, number: "USD 65 million" }]);
    expect(plan.unplaced.map(describeUnplaced)).toEqual(["“USD 64.18 million” in “In 2015, it totalled”: not in the article", "“USD 65 million” in “In 2014, it totalled USD 64.18 million”: not in the article"]);
    expect(plan.add).toEqual([]);
  });

  it("has no place for a second reading of one number with the same metric and pair (a number states one figure of each)", () => {
    const again: BundledFigure = { ...TURNOVER_2014, reading: { ...TURNOVER_2014.reading, period: "2013" } };
    const plan = planBundledReviews(article, figures.map(fresh), [TURNOVER_2014, again]);
    expect(plan.confirm).toContain(byNumber("USD 64.18 million").id);
    expect(plan.unplaced).toEqual([{ figure: again, reason: "the number already states this metric for the pair" }]);
  });

  it("refuses a review file that is not one: a reading with a bad field, an article id that is no slug", () => {
    expect(bundledReviewsSchema.safeParse({ editor: "desk", articles: { [MINSK]: { from: "x", figures: [{ ...TURNOVER_2014, reading: { ...TURNOVER_2014.reading, period: "2014-13/2015-01" } }] } } }).success).toBe(false);
    expect(bundledReviewsSchema.safeParse({ editor: "desk", articles: { "Not A Slug": { from: "x", figures: [] } } }).success).toBe(false);
    expect(bundledReviewsSchema.safeParse({ editor: "desk", articles: { [MINSK]: { from: "x", figures: [TURNOVER_2014] } } }).success).toBe(true);
  });
});
