import { describe, expect, it } from "vitest";
import { chartFiguresOf } from "@/lib/series/metrics";
import type { PairFigure } from "@/lib/series/series";

const base: PairFigure = { id: "x", reporter: "BLR", partner: "GEO", metric: "turnover", period: "2014", value: 1, currency: "USD", qualifier: "exact", kind: "actual", low: 1, high: 1, derived: false, derivedFrom: [], conflict: false, confidence: 0.95, review: null, source: null };

describe("chartFiguresOf", () => {
  it("keeps actual money figures and drops shares, targets and forecasts", () => {
    const figures: PairFigure[] = [
      { ...base, id: "turnover" },
      { ...base, id: "balance", metric: "balance", value: -1, low: -1, high: -1 },
      { ...base, id: "share", metric: "share", currency: null },
      { ...base, id: "target", kind: "target" },
      { ...base, id: "forecast", kind: "forecast" },
    ];
    expect(chartFiguresOf(figures).map((f) => f.id)).toEqual(["turnover", "balance"]);
  });
});
