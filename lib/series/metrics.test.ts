import { describe, expect, it } from "vitest";
import { chartCurrencyOf, chartFiguresOf, chartGoalsOf, offChartCurrencies } from "@/lib/series/metrics";
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

describe("the chart's one currency", () => {
  const usd = (id: string) => ({ ...base, id });
  const eur = (id: string) => ({ ...base, id, currency: "EUR" });

  it("is the one most actual figures are in, USD on a tie; the rest stay off the chart", () => {
    expect(chartCurrencyOf([usd("a"), eur("b"), eur("c")])).toBe("EUR");
    expect(chartCurrencyOf([eur("b"), usd("a")])).toBe("USD");
    expect(chartFiguresOf([usd("a"), eur("b"), eur("c")]).map((f) => f.id)).toEqual(["b", "c"]);
    expect(offChartCurrencies([usd("a"), eur("b"), eur("c")])).toEqual(["USD"]);
    expect(offChartCurrencies([usd("a")])).toEqual([]);
  });

  it("counts goals only when there is no actual figure, and marks only the goals in its currency", () => {
    const goal = (id: string, currency: string) => ({ ...base, id, currency, kind: "target" as const });
    expect(chartCurrencyOf([goal("g", "EUR")])).toBe("EUR");
    expect(chartGoalsOf([usd("a"), goal("g1", "EUR"), goal("g2", "USD")]).map((f) => f.id)).toEqual(["g2"]);
  });
});
