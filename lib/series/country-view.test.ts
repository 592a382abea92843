import { describe, expect, it } from "vitest";
import { buildSeedCorpus } from "@/tests/unit/export-fixtures";
import { countryRefFor } from "@/lib/series/pair-view";
import { pairFiguresFor, type PairFigure } from "@/lib/series/series";
import { countryPartnerRow, countrySortOf, sortPartners, turnoverByYear } from "@/lib/series/country-view";

const seed = buildSeedCorpus();
const fromBelarus = pairFiguresFor(seed.figures, "BLR", "GEO");

describe("a country's partner row", () => {
  it("gives each metric's latest actual value: 2014 turnover, the 2011 balance, and exports and imports derived for 2011", () => {
    const row = countryPartnerRow(countryRefFor("GEO"), fromBelarus, 1);
    expect(row.latest.turnover).toMatchObject({ period: "2014", value: 64180000 });
    expect(row.latest.balance).toMatchObject({ period: "2011", value: -237100000 });
    expect(row.latest.exports).toMatchObject({ period: "2011", derived: true });
    expect(row.latest.imports).toMatchObject({ period: "2011", derived: true });
    expect(row.turnoverByYear.map((f) => f.period)).toEqual(["2011", "2014"]);
  });

  it("takes a whole year over a part of it that ends as late, and leaves targets out", () => {
    const base = fromBelarus.find((f) => f.metric === "turnover" && f.period === "2014")!;
    const figures: PairFigure[] = [
      { ...base, id: "h2", period: "2015-07/2015-12", value: 30e6 },
      { ...base, id: "y", period: "2015", value: 70e6 },
      { ...base, id: "t", period: "2020", value: 1e9, kind: "target" },
    ];
    expect(countryPartnerRow(countryRefFor("GEO"), figures, 1).latest.turnover?.id).toBe("y");
    expect(turnoverByYear(figures).map((f) => f.id)).toEqual(["y"]);
  });
});

describe("sortPartners", () => {
  const row = (code: string, turnover: number | null, sources: number) => ({ ...countryPartnerRow(countryRefFor(code), turnover === null ? [] : [{ ...fromBelarus[0]!, metric: "turnover" as const, period: "2014", kind: "actual" as const, value: turnover }], sources) });
  const rows = [row("GEO", 64e6, 3), row("RUS", 30e9, 9), row("CHN", null, 1), row("UKR", 4e9, 2)];

  it("ranks by turnover, largest first, with partners lacking one last", () => {
    expect(sortPartners(rows, countrySortOf(undefined, undefined)).map((r) => r.partner.code)).toEqual(["RUS", "UKR", "GEO", "CHN"]);
    expect(sortPartners(rows, countrySortOf("turnover", "asc")).map((r) => r.partner.code)).toEqual(["GEO", "UKR", "RUS", "CHN"]);
  });

  it("sorts by sources or by name; an unknown sort is the default", () => {
    expect(sortPartners(rows, countrySortOf("sources", "desc")).map((r) => r.partner.code)).toEqual(["RUS", "GEO", "UKR", "CHN"]);
    expect(sortPartners(rows, countrySortOf("partner", undefined)).map((r) => r.partner.name)).toEqual(["China", "Georgia", "Russia", "Ukraine"]);
    expect(countrySortOf("constructor", "sideways")).toEqual({ by: "turnover", order: "desc" });
  });
});
