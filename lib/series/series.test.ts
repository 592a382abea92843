import { describe, expect, it } from "vitest";
import type { Figure } from "@/lib/schema";
import { checkConsistency, listPairs, orientFigure, pairFigureSchema, pairFiguresFor, rangeOf, roundingOf, type PairFigure } from "@/lib/series/series";

const ARTICLE = "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations";

function figure(over: Partial<Figure> & Pick<Figure, "id" | "metric" | "period" | "value">): Figure {
  return { articleId: ARTICLE, sentenceIndex: 9, span: [10, 27], reporter: "BLR", partner: "GEO", currency: "USD", qualifier: "exact", kind: "actual", confidence: 0.95, ...over };
}

/** The four figures of the seed corpus (DESIGN.md). */
const SEED: Figure[] = [
  figure({ id: "t2014", metric: "turnover", period: "2014", value: 64180000, sentenceIndex: 9, span: [1200, 1217] }),
  figure({ id: "s2014", metric: "share", period: "2014", value: 0.1, currency: null, qualifier: "approx", sentenceIndex: 9, span: [1227, 1231] }),
  figure({ id: "t2011", metric: "turnover", period: "2011", value: 300000000, qualifier: "approx", sentenceIndex: 7, span: [900, 917] }),
  figure({ id: "b2011", metric: "balance", period: "2011", value: -237100000, sentenceIndex: 7, span: [960, 977] }),
];

const pick = (figures: PairFigure[], metric: string, period: string) => figures.filter((f) => f.metric === metric && f.period === period);

describe("orientFigure", () => {
  it.each([
    ["exports", 5, "imports", 5],
    ["imports", 7, "exports", 7],
    ["balance", -237100000, "balance", 237100000],
    ["turnover", 64180000, "turnover", 64180000],
  ] as const)("from the partner's side, %s %d becomes %s %d", (metric, value, expectedMetric, expectedValue) => {
    const oriented = orientFigure(figure({ id: "x", metric, period: "2011", value }), "GEO");
    expect(oriented).toMatchObject({ reporter: "GEO", partner: "BLR", metric: expectedMetric, value: expectedValue, qualifier: "exact" });
  });

  it("leaves a figure unchanged from the reporter's side, or when the country is not a party", () => {
    const f = figure({ id: "x", metric: "exports", period: "2011", value: 5 });
    expect(orientFigure(f, "BLR")).toBe(f);
    expect(orientFigure(f, "RUS")).toBe(f);
  });

  it("never swaps a share, which is a different quantity from the other side", () => {
    const share = SEED[1]!;
    expect(orientFigure(share, "GEO")).toBe(share);
  });
});

describe("rangeOf", () => {
  it.each([
    [64180000, "exact", 64180000, 64180000],
    [300000000, "approx", 285000000, 315000000],
    [-237100000, "approx", -248955000, -225245000],
    // "almost USD 300 million" falls short of 300 million; a deficit of almost 237.1 million too.
    [300000000, "almost", 285000000, 300000000],
    [-237100000, "almost", -237100000, -225245000],
    [100, "more_than", 100, 110],
    [100, "less_than", 90, 100],
    [-5000000, "more_than", -5500000, -5000000],
    [-5000000, "less_than", -5000000, -4500000],
  ] as const)("%d %s stands for [%d, %d]", (value, qualifier, low, high) => {
    const r = rangeOf({ value, qualifier });
    expect(r.low).toBeCloseTo(low, 3);
    expect(r.high).toBeCloseTo(high, 3);
  });
});

describe("pairFiguresFor on the seed figures", () => {
  const fromBelarus = pairFiguresFor(SEED, "BLR", "GEO");

  it("returns valid PairFigures sorted by period then metric", () => {
    for (const f of fromBelarus) pairFigureSchema.parse(f);
    expect(fromBelarus.map((f) => `${f.period} ${f.metric}${f.derived ? " (derived)" : ""}`)).toEqual([
      "2011 turnover",
      "2011 exports (derived)",
      "2011 imports (derived)",
      "2011 balance",
      "2014 turnover",
      "2014 share",
    ]);
  });

  it("keeps the source of every stated figure and none for a derived one", () => {
    expect(pick(fromBelarus, "turnover", "2014")[0]?.source).toEqual({ articleId: ARTICLE, sentenceIndex: 9, span: [1200, 1217] });
    for (const f of fromBelarus) expect(f.source === null).toBe(f.derived);
  });

  it("derives 2011 exports and imports from turnover and balance, approx because the turnover is", () => {
    const [exports] = pick(fromBelarus, "exports", "2011");
    const [imports] = pick(fromBelarus, "imports", "2011");
    expect(exports).toMatchObject({ derived: true, derivedFrom: ["t2011", "b2011"], qualifier: "approx", reporter: "BLR", partner: "GEO", currency: "USD" });
    expect(exports?.value).toBeCloseTo(31450000, 3);
    expect(imports?.value).toBeCloseTo(268550000, 3);
    // turnover 300M ± 5 % (285M..315M), balance exact −237.1M
    expect(exports?.low).toBeCloseTo(23950000, 3);
    expect(exports?.high).toBeCloseTo(38950000, 3);
    expect(imports?.low).toBeCloseTo(261050000, 3);
    expect(imports?.high).toBeCloseTo(276050000, 3);
    expect(exports?.id).toMatch(/^d-exports-[0-9a-f]{8}$/);
  });

  it("derives the balance where exports and imports are stated and it is not; stated both ways, from either side", () => {
    const flows = [
      figure({ id: "e2023", metric: "exports", period: "2023", value: 4.2e9 }),
      figure({ id: "i2023", metric: "imports", period: "2023", value: 7.5e9, qualifier: "approx" }),
      // Georgia's imports from Belarus in 2022 are Belarus's exports to Georgia.
      figure({ id: "e2022", metric: "imports", period: "2022", value: 3e9, reporter: "GEO", partner: "BLR" }),
      figure({ id: "i2022", metric: "imports", period: "2022", value: 1e9 }),
      figure({ id: "b2021", metric: "balance", period: "2021", value: -1e9 }),
      figure({ id: "e2021", metric: "exports", period: "2021", value: 2e9 }),
      figure({ id: "i2021", metric: "imports", period: "2021", value: 2.5e9 }),
    ];
    const fromBelarus = pairFiguresFor(flows, "BLR", "GEO");
    const [b2023] = pick(fromBelarus, "balance", "2023");
    expect(b2023).toMatchObject({ derived: true, derivedFrom: ["e2023", "i2023"], value: -3.3e9, qualifier: "approx", source: null, confidence: 0.95 * 0.95 });
    expect([b2023!.low, b2023!.high]).toEqual([4.2e9 - 7.5e9 * 1.05, 4.2e9 - 7.5e9 * 0.95]);
    expect(pick(fromBelarus, "balance", "2022").map((f) => [f.value, f.derived])).toEqual([[2e9, true]]);
    // Stated, the 2021 balance is not derived again (whatever exports − imports would say).
    expect(pick(fromBelarus, "balance", "2021").map((f) => [f.value, f.derived])).toEqual([[-1e9, false]]);
    const fromGeorgia = pick(pairFiguresFor(flows, "GEO", "BLR"), "balance", "2023");
    expect(fromGeorgia.map((f) => [f.value, f.id])).toEqual([[3.3e9, b2023!.id]]);
  });

  it("gives the derived figures the same ids from either side and on every run", () => {
    const fromGeorgia = pairFiguresFor(SEED, "GEO", "BLR");
    const derivedIds = (fs: PairFigure[]) => fs.filter((f) => f.derived).map((f) => f.id).sort();
    expect(derivedIds(fromGeorgia)).toEqual(derivedIds(fromBelarus));
    expect(derivedIds(pairFiguresFor([...SEED].reverse(), "BLR", "GEO"))).toEqual(derivedIds(fromBelarus));
  });

  it("from Georgia's side the 2011 balance is a surplus and exports and imports swap", () => {
    const fromGeorgia = pairFiguresFor(SEED, "GEO", "BLR");
    expect(pick(fromGeorgia, "balance", "2011")[0]).toMatchObject({ value: 237100000, low: 237100000, high: 237100000, reporter: "GEO", partner: "BLR" });
    expect(pick(fromGeorgia, "turnover", "2014")[0]?.value).toBe(64180000);
    const exports = pick(fromGeorgia, "exports", "2011")[0];
    expect(exports?.value).toBeCloseTo(268550000, 3);
    expect(exports?.low).toBeCloseTo(261050000, 3);
    expect(pick(fromGeorgia, "share", "2014")[0]).toMatchObject({ reporter: "BLR", partner: "GEO", value: 0.1 });
  });

  it("marks nothing as a conflict in the seed figures", () => {
    expect(fromBelarus.some((f) => f.conflict)).toBe(false);
  });

  it("ignores figures of other pairs", () => {
    const withRussia = [...SEED, figure({ id: "r", metric: "turnover", period: "2014", value: 1e9, partner: "RUS" })];
    expect(pairFiguresFor(withRussia, "BLR", "GEO")).toEqual(fromBelarus);
  });
});

describe("pairFiguresFor rules", () => {
  it("keeps both of two articles' different values for one point, both marked conflict, never averaged", () => {
    const other = figure({ id: "t2014-other", articleId: "another-article", metric: "turnover", period: "2014", value: 70000000 });
    const turnover2014 = pick(pairFiguresFor([...SEED, other], "BLR", "GEO"), "turnover", "2014");
    expect(turnover2014.map((f) => [f.id, f.value, f.conflict])).toEqual([
      ["t2014", 64180000, true],
      ["t2014-other", 70000000, true],
    ]);
  });

  it("is no conflict when two articles state the same value, nor across kinds", () => {
    const same = figure({ id: "t2014-same", articleId: "another-article", metric: "turnover", period: "2014", value: 64180000 });
    const target = figure({ id: "t2014-target", metric: "turnover", period: "2014", value: 200000000, kind: "target" });
    expect(pairFiguresFor([...SEED, same, target], "BLR", "GEO").some((f) => f.conflict)).toBe(false);
  });

  it("a conflict stated from opposite sides is found after orientation", () => {
    const fromGeorgia = figure({ id: "b2011-geo", articleId: "another-article", metric: "balance", period: "2011", value: 200000000, reporter: "GEO", partner: "BLR" });
    const balances = pick(pairFiguresFor([...SEED, fromGeorgia], "BLR", "GEO"), "balance", "2011");
    expect(balances.map((f) => [f.value, f.conflict])).toEqual([
      [-237100000, true],
      [-200000000, true],
    ]);
  });

  it("derives one exports/imports pair per (turnover, balance) combination, conflicting when they differ", () => {
    const otherBalance = figure({ id: "b2011-other", articleId: "another-article", metric: "balance", period: "2011", value: -200000000 });
    const exports = pick(pairFiguresFor([...SEED, otherBalance], "BLR", "GEO"), "exports", "2011");
    expect(exports.map((f) => [f.derivedFrom, f.conflict])).toEqual(
      expect.arrayContaining([
        [["t2011", "b2011"], true],
        [["t2011", "b2011-other"], true],
      ]),
    );
    expect(exports).toHaveLength(2);
  });

  it("derives nothing where exports or imports are stated, for partial-year periods apart from annual ones, nor from targets", () => {
    const statedExports = figure({ id: "x2011", metric: "exports", period: "2011", value: 30000000 });
    expect(pairFiguresFor([...SEED, statedExports], "BLR", "GEO").filter((f) => f.derived)).toEqual([]);
    const partial = [
      figure({ id: "t-part", metric: "turnover", period: "2014-01/2014-05", value: 20000000 }),
      figure({ id: "b-year", metric: "balance", period: "2014", value: -10000000 }),
    ];
    expect(pairFiguresFor(partial, "BLR", "GEO").filter((f) => f.derived)).toEqual([]);
    const targets = [
      figure({ id: "t-goal", metric: "turnover", period: "2020", value: 200000000, kind: "target" }),
      figure({ id: "b-goal", metric: "balance", period: "2020", value: 0, kind: "target" }),
    ];
    expect(pairFiguresFor(targets, "BLR", "GEO").filter((f) => f.derived)).toEqual([]);
  });

  it("derives an exact pair from exact inputs", () => {
    const exact = [
      figure({ id: "t", metric: "turnover", period: "2015", value: 100 }),
      figure({ id: "b", metric: "balance", period: "2015", value: -20 }),
    ];
    const derived = pairFiguresFor(exact, "BLR", "GEO").filter((f) => f.derived);
    expect(derived.map((f) => [f.metric, f.value, f.low, f.high, f.qualifier])).toEqual([
      ["exports", 40, 40, 40, "exact"],
      ["imports", 60, 60, 60, "exact"],
    ]);
  });

  it("keeps each stated figure's confidence and gives a derived one the product of its inputs'", () => {
    const inputs = [
      figure({ id: "t", metric: "turnover", period: "2015", value: 100, confidence: 0.9 }),
      figure({ id: "b", metric: "balance", period: "2015", value: -20, confidence: 0.85 }),
    ];
    const all = pairFiguresFor(inputs, "GEO", "BLR");
    expect(all.map((f) => [f.metric, f.derived, f.confidence])).toEqual([
      ["turnover", false, 0.9],
      ["exports", true, expect.closeTo(0.765)],
      ["imports", true, expect.closeTo(0.765)],
      ["balance", false, 0.85],
    ]);
  });
});

describe("listPairs", () => {
  it("lists each pair once with its figure count and articles", () => {
    const figures = [
      ...SEED,
      figure({ id: "g", articleId: "b-article", metric: "exports", period: "2014", value: 1, reporter: "GEO", partner: "BLR" }),
      figure({ id: "r", articleId: "b-article", metric: "turnover", period: "2014", value: 1, reporter: "RUS", partner: "BLR" }),
    ];
    expect(listPairs(figures)).toEqual([
      { a: "BLR", b: "GEO", figureCount: 5, articleIds: ["b-article", ARTICLE].sort() },
      { a: "BLR", b: "RUS", figureCount: 1, articleIds: ["b-article"] },
    ]);
  });

  it("is empty for no figures", () => {
    expect(listPairs([])).toEqual([]);
  });
});

describe("roundingOf", () => {
  it.each([
    [64180000, 5000],
    [-237100000, 50000],
    [300000000, 50000000],
    [0.1, 0.05],
    [2806780, 5],
    [0, 0],
  ])("%d was rounded to ± %d at most", (value, half) => {
    expect(roundingOf(value)).toBeCloseTo(half, 9);
  });
});

describe("checkConsistency", () => {
  const stated = (over: Array<[string, Figure["metric"], number]>, article = "a") =>
    pairFiguresFor(
      over.map(([id, metric, value]) => figure({ id, articleId: article, metric, period: "2022", value })),
      "BLR",
      "GEO",
    );

  it("accepts four figures that agree within the rounding of the stated numbers", () => {
    // 64.2 = 40.1 + 24.1 exactly; 16.0 ≈ 40.1 − 24.1 = 16.0
    expect(checkConsistency(stated([["t", "turnover", 64.2e6], ["x", "exports", 40.1e6], ["m", "imports", 24.1e6], ["b", "balance", 16e6]]))).toEqual([]);
    // 64.18 vs 40.1 + 24.1 = 64.2: within 0.05 + 0.05 + 0.005 million of rounding
    expect(checkConsistency(stated([["t", "turnover", 64.18e6], ["x", "exports", 40.1e6], ["m", "imports", 24.1e6]]))).toEqual([]);
  });

  it("flags a turnover or balance that does not add up", () => {
    const issues = checkConsistency(stated([["t", "turnover", 70e6], ["x", "exports", 40.1e6], ["m", "imports", 24.1e6], ["b", "balance", -16e6]]));
    expect(issues).toEqual([
      { articleId: "a", period: "2022", identity: "turnover = exports + imports", figureIds: ["t", "x", "m"] },
      { articleId: "a", period: "2022", identity: "balance = exports - imports", figureIds: ["b", "x", "m"] },
    ]);
  });

  it("checks each article on its own and never the derived figures", () => {
    const split = [
      ...stated([["t", "turnover", 70e6]], "a"),
      ...stated([["x", "exports", 40.1e6], ["m", "imports", 24.1e6]], "b"),
    ];
    expect(checkConsistency(split)).toEqual([]);
    expect(checkConsistency(pairFiguresFor(SEED, "BLR", "GEO"))).toEqual([]);
  });
});
