import { describe, expect, it } from "vitest";
import { countryMatches } from "@/lib/countries";
import { filterPairs, pairFilterOf, pairFilterQuery } from "@/lib/view/pair-filter";

describe("countryMatches", () => {
  it.each([
    ["BLR", "Belarus"],
    ["BLR", "беларусь"],
    ["BLR", "Белоруссия"],
    ["BLR", "belo"],
    ["TUR", "Türkiye"],
    ["TUR", "turkiye"],
    ["TUR", "Turkey"],
    ["TUR", "Турция"],
    ["GEO", "Грузия"],
    ["EU", "European"],
  ])("finds %s by %j", (code, query) => expect(countryMatches(code, query)).toBe(true));

  it("does not find a country by another's name, and an empty search finds every one", () => {
    expect(countryMatches("GEO", "Беларусь")).toBe(false);
    expect(countryMatches("RUS", "Turkey")).toBe(false);
    expect(countryMatches("RUS", "  ")).toBe(true);
  });
});

describe("the overview's pair filter", () => {
  const pairs = [
    { a: "BLR", b: "GEO", metrics: ["balance", "share", "turnover"], firstYear: 2011, lastYear: 2014 },
    { a: "ARM", b: "GEO", metrics: ["turnover"], firstYear: 2022, lastYear: 2025 },
    { a: "BLR", b: "RUS", metrics: ["exports", "imports", "turnover"], firstYear: 2005, lastYear: 2023 },
  ];
  const codes = (query: Record<string, string>) => filterPairs(pairs, pairFilterOf(query)).map((p) => `${p.a}-${p.b}`);

  it("finds pairs by either country's name, in English or the local spelling", () => {
    expect(codes({ q: "Беларусь" })).toEqual(["BLR-GEO", "BLR-RUS"]);
    expect(codes({ q: "Georgia" })).toEqual(["BLR-GEO", "ARM-GEO"]);
    expect(codes({})).toHaveLength(3);
  });

  it("filters by a metric stated and by years the figures reach into", () => {
    expect(codes({ metric: "exports" })).toEqual(["BLR-RUS"]);
    expect(codes({ from: "2015" })).toEqual(["ARM-GEO", "BLR-RUS"]);
    expect(codes({ to: "2010" })).toEqual(["BLR-RUS"]);
    expect(codes({ q: "georgia", from: "2012", to: "2013" })).toEqual(["BLR-GEO"]);
  });

  it("ignores what it does not understand, and writes its query back", () => {
    expect(pairFilterOf({ metric: "bogus", from: "20x4", page: "-3", q: ["a", "b"] })).toEqual({ q: "a", metric: null, from: null, to: null, page: 1 });
    expect(pairFilterQuery(pairFilterOf({ q: "Türkiye", metric: "turnover", page: "2" }))).toBe("?q=T%C3%BCrkiye&metric=turnover&page=2");
    expect(pairFilterQuery(pairFilterOf({}))).toBe("");
  });
});
