import { describe, expect, it } from "vitest";
import { matchesIn } from "@/lib/extract/scan";

describe("matchesIn", () => {
  const text = "Trade 2014. Politics 2015. Exports 2016 and 2017.";
  const years = /\b\d{4}\b/g;

  it("finds every match without ranges", () => {
    expect([...matchesIn(text, years)].map((m) => m[0])).toEqual(["2014", "2015", "2016", "2017"]);
  });

  it("finds only the matches that start inside the ranges", () => {
    expect([...matchesIn(text, years, [[0, 11], [27, 49]])].map((m) => [m[0], m.index])).toEqual([["2014", 6], ["2016", 35], ["2017", 44]]);
  });

  it("leaves the caller's pattern as it was, so a later matchAll still starts at 0", () => {
    years.lastIndex = 0;
    expect([...matchesIn(text, years, [[27, 40]])].map((m) => m[0])).toEqual(["2016"]);
    expect(years.lastIndex).toBe(0);
    expect([...text.matchAll(years)].map((m) => m[0])).toEqual(["2014", "2015", "2016", "2017"]);
  });
});
