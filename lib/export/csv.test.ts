import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, figuresToCsv, figuresToCsvChunks, pairCsvFileName } from "@/lib/export/csv";
import { pairFiguresFor } from "@/lib/series/series";
import { buildArticle, buildSeedCorpus, SENTENCE_2011, SENTENCE_2014 } from "@/tests/unit/export-fixtures";

const BASE = "https://tradecite.example";

function parse(csv: string) {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

/** A corpus of one article with one sentence stating a BLR–GEO 2015 turnover of USD 5 million. */
function csvOfSentence(sentence: string) {
  const { article, figure } = buildArticle({ id: "odd-article", title: "Odd, \"quoted\" title" }, [[sentence]]);
  const figures = [figure("f-odd", 0, "USD 5 million", { metric: "turnover", reporter: "BLR", partner: "GEO", period: "2015", value: 5e6, currency: "USD", qualifier: "exact", kind: "actual", confidence: 0.95 })];
  return figuresToCsv(pairFiguresFor(figures, "BLR", "GEO"), { articles: [article], figures, baseUrl: BASE });
}

describe("figuresToCsv on the seed corpus", () => {
  const corpus = buildSeedCorpus();
  const csv = figuresToCsv(pairFiguresFor(corpus.figures, "BLR", "GEO"), { ...corpus, baseUrl: BASE });
  const { data, meta } = parse(csv);

  it("has the issue's columns in order, a BOM and CRLF line ends", () => {
    expect(meta.fields).toEqual([
      "reporter", "partner", "metric", "period_start", "period_end", "period_type", "value", "currency", "qualifier", "kind",
      "confidence", "confirmed", "value_low", "value_high", "derived", "derived_from", "conflict", "article_title", "author",
      "publisher", "published_on", "article_url", "sentence_number", "sentence", "figure_url",
      "review_state", "reviewed_by", "reviewed_at", "original_reading",
    ]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(csv.split("\r\n")).toHaveLength(data.length + 2);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("writes the 2014 turnover with its whole sentence, ISO period bounds and an absolute permalink", () => {
    const row = data.find((r) => r.metric === "turnover" && r.period_start === "2014-01-01");
    expect(row).toMatchObject({
      reporter: "BLR", partner: "GEO", period_end: "2014-12-31", period_type: "year", value: "64180000", currency: "USD", qualifier: "exact",
      kind: "actual", confidence: "0.95", confirmed: "true",
      value_low: "64180000", value_high: "64180000", derived: "false", derived_from: "", conflict: "false",
      article_title: "Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations", author: "",
      publisher: "Belarus Security Blog", published_on: "2016-04-22", article_url: "https://example.org/news/minsk-gains-political-weight",
      sentence_number: "2", sentence: SENTENCE_2014, figure_url: `${BASE}/figures/f-2014-turnover`,
    });
  });

  it("keeps the negative balance a bare number (no formula-escaping quote)", () => {
    expect(data.find((r) => r.metric === "balance")?.value).toBe("-237100000");
    expect(csv).toContain(",-237100000,");
  });

  it("includes the derived 2011 exports and imports, marked, with the source sentence", () => {
    const derived = data.filter((r) => r.derived === "true");
    expect(derived.map((r) => [r.metric, r.period_start, Number(r.value)])).toEqual([
      ["exports", "2011-01-01", 31450000],
      ["imports", "2011-01-01", 268550000],
    ]);
    for (const row of derived) {
      expect(row.derived_from).toBe("f-2011-turnover f-2011-balance");
      expect(row.sentence).toBe(SENTENCE_2011);
      expect(row.figure_url).toMatch(/^https:\/\/tradecite\.example\/figures\/d-/);
    }
  });

  it("gives a derived figure the product of its inputs' confidences", () => {
    for (const row of data.filter((r) => r.derived === "true")) expect(row).toMatchObject({ confidence: "0.9025", confirmed: "true" });
  });

  it("writes the share without a currency", () => {
    expect(data.find((r) => r.metric === "share")).toMatchObject({ value: "0.1", currency: "", qualifier: "approx", value_low: "0.095", value_high: "0.105" });
  });
});

describe("figuresToCsv confidence and provenance columns", () => {
  const seed = buildSeedCorpus();
  // The 2011 balance read with low confidence: it, and the figures derived from it, are unconfirmed.
  const figures = seed.figures.map((f) => (f.id === "f-2011-balance" ? { ...f, confidence: 0.62 } : f));
  const { data } = parse(figuresToCsv(pairFiguresFor(figures, "BLR", "GEO"), { ...seed, figures, baseUrl: BASE }));

  it("marks a figure below the threshold unconfirmed, with its confidence as a number", () => {
    expect(data.find((r) => r.metric === "balance")).toMatchObject({ confidence: "0.62", confirmed: "false" });
    expect(data.find((r) => r.metric === "turnover" && r.period_start === "2014-01-01")).toMatchObject({ confidence: "0.95", confirmed: "true" });
    expect(data.filter((r) => r.derived === "true").map((r) => [r.confidence, r.confirmed])).toEqual([
      ["0.589", "false"],
      ["0.589", "false"],
    ]);
  });

  it("writes the kind and the article's author", () => {
    const { article, figure } = buildArticle({ id: "target-article", title: "Targets", author: "A. Writer" }, [["They aim for USD 5 million in 2025."]]);
    const target = figure("f-target", 0, "USD 5 million", { metric: "turnover", reporter: "BLR", partner: "GEO", period: "2025", value: 5e6, currency: "USD", qualifier: "exact", kind: "target", confidence: 0.9 });
    const rows = parse(figuresToCsv(pairFiguresFor([target], "BLR", "GEO"), { articles: [article], figures: [target], baseUrl: BASE })).data;
    expect(rows).toEqual([expect.objectContaining({ kind: "target", author: "A. Writer", confirmed: "true" })]);
  });
});

describe("figuresToCsv quoting and formula neutralisation", () => {
  it.each([
    ["commas", "Trade, they said, reached USD 5 million in 2015."],
    ["double quotes", 'The "modest" trade reached USD 5 million in 2015.'],
    ["a line break", "Trade reached\nUSD 5 million in 2015."],
    ["a CRLF", "Trade reached\r\nUSD 5 million in 2015."],
    ["non-ASCII", "Товарооборот – trade’s à USD 5 million in 2015."],
  ])("round-trips a sentence with %s", (_, sentence) => {
    const { data } = parse(csvOfSentence(sentence));
    expect(data[0]?.sentence).toBe(sentence);
    expect(data[0]?.article_title).toBe('Odd, "quoted" title');
  });

  it("quotes per RFC 4180 (doubled quotes inside a quoted field)", () => {
    expect(csvOfSentence('The "modest" trade reached USD 5 million in 2015.')).toContain(',"The ""modest"" trade reached USD 5 million in 2015.",');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","USD 5 million")', "'=HYPERLINK"],
    ["@SUM(1+1) trade was USD 5 million", "'@SUM"],
    ["+1 trade was USD 5 million", "'+1"],
    ["-1+2 trade was USD 5 million", "'-1+2"],
    ["\tTab-led trade was USD 5 million", "'\t"],
    ["\rCR-led trade was USD 5 million", "'\r"],
  ])("neutralises a sentence starting %j", (sentence, start) => {
    const { data } = parse(csvOfSentence(sentence));
    expect(data[0]?.sentence?.startsWith(start)).toBe(true);
    expect(data[0]?.sentence?.slice(1)).toBe(sentence);
  });
});

describe("figuresToCsvChunks", () => {
  it("streams a long CSV in chunks that join to one CSV: one BOM, one header, every row", () => {
    const corpus = buildSeedCorpus();
    const [first] = pairFiguresFor(corpus.figures, "BLR", "GEO");
    const rows = Array.from({ length: 1234 }, (_, i) => ({ ...first!, id: `f-${i}` }));
    const chunks = [...figuresToCsvChunks(rows, { ...corpus, baseUrl: BASE })];
    expect(chunks.length).toBeGreaterThan(2);
    const csv = chunks.join("");
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv.match(/^\uFEFF?reporter,partner,metric/gm)).toHaveLength(1);
    const { data, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(data.map((r) => r.figure_url)).toEqual(rows.map((r) => `${BASE}/figures/${r.id}`));
    expect(figuresToCsv(rows, { ...corpus, baseUrl: BASE })).toBe(csv);
  });
});

describe("pairCsvFileName", () => {
  it("names the pair, viewed side first", () => {
    expect(pairCsvFileName("belarus", "georgia")).toBe("belarus-georgia-trade-figures.csv");
  });
});
