import { describe, expect, it } from "vitest";
import { compareQuery, compareViewOf, parseCompareRequest } from "@/lib/series/compare-view";
import { countryRefFor, type PairView } from "@/lib/series/pair-view";
import type { PairFigure } from "@/lib/series/series";

const figure = (over: Partial<PairFigure>): PairFigure =>
  ({ id: `f-${Math.random()}`, metric: "turnover", reporter: "BLR", partner: "RUS", period: "2014", value: 1e9, currency: "USD", qualifier: "exact", kind: "actual", confidence: 0.9, low: 1e9, high: 1e9, derived: false, derivedFrom: [], conflict: false, ...over }) as PairFigure;
const view = (to: string, figures: PairFigure[]): PairView => ({ from: countryRefFor("BLR"), to: countryRefFor(to), figures, excerpts: {}, flaggedIds: [], flippedIds: [] });

describe("reading a comparison from its URL", () => {
  it("takes one to six pairs of known, different countries and a chart metric (turnover by default); a pair given twice counts once", () => {
    const parsed = parseCompareRequest(["belarus:russia", "belarus:china", "belarus:russia"], null);
    expect(parsed).toMatchObject({ ok: true, request: { metric: "turnover", pairs: [{ from: { code: "BLR" }, to: { code: "RUS" } }, { from: { code: "BLR" }, to: { code: "CHN" } }] } });
    expect(parsed.ok && compareQuery(parsed.request)).toBe("pair=belarus%3Arussia&pair=belarus%3Achina&metric=turnover");
  });

  it.each([
    [[], null, "no pair to compare"],
    [["belarus"], null, "pair 'belarus': expected two country slugs joined by ':', as in belarus:russia"],
    [["belarus:atlantis"], null, "pair 'belarus:atlantis': no country 'atlantis'"],
    [["belarus:belarus"], null, "pair 'belarus:belarus': a country is not its own partner"],
    [["belarus:russia"], "share", "unknown metric 'share' (one of turnover, exports, imports, balance)"],
    [["belarus:russia", "belarus:china", "belarus:ukraine", "belarus:poland", "belarus:latvia", "belarus:lithuania", "belarus:georgia"], null, "at most 6 pairs at once (7 given)"],
    [["<script>:x"], null, "pair '<script>:x': expected two country slugs joined by ':', as in belarus:russia"],
  ])("refuses %j with metric %s: %s", (pairs, metric, error) => {
    expect(parseCompareRequest(pairs, metric)).toEqual({ ok: false, error });
  });
});

describe("what a comparison draws", () => {
  it("keeps each pair's actual figures of the metric in the one currency most of them are in, and counts the rest", () => {
    const russia = [figure({ period: "2013" }), figure({ period: "2014" }), figure({ metric: "exports" }), figure({ kind: "target", period: "2030" })];
    const china = [figure({ partner: "CHN", period: "2014", value: 3e9 }), figure({ partner: "CHN", period: "2015", currency: "CNY" })];
    const compared = compareViewOf([view("RUS", russia), view("CHN", china)], "turnover");
    expect(compared.currency).toBe("USD");
    expect(compared.series.map((s) => [s.key, s.figures.map((f) => f.period)])).toEqual([["belarus:russia", ["2013", "2014"]], ["belarus:china", ["2014"]]]);
    expect(compared.otherCurrency).toBe(1);
  });

  it("draws a pair with no figure of the metric as an empty series, and nothing at all when no pair has one", () => {
    const compared = compareViewOf([view("RUS", [figure({ metric: "exports" })])], "turnover");
    expect(compared).toMatchObject({ currency: null, otherCurrency: 0, series: [{ key: "belarus:russia", figures: [] }] });
  });
});
