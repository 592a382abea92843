import { describe, expect, it } from "vitest";
import { isTableRow, readTables } from "@/lib/extract/tables";

const read = (text: string, focus?: string) =>
  readTables(text, focus as never).map((c) => `${c.metric} ${c.reporter}>${c.partner} ${c.period.year}:${c.period.from}-${c.period.to} ${c.value} ${c.currency} [${text.slice(c.start, c.end)}]`);

describe("isTableRow", () => {
  it.each([
    // Real rows (batch-1 14, batch-2 31, batch-5 05, batch-7 17, batch-11 30).
    ["1994 2510 3066", true],
    ["1980 .403 .548", true],
    ["1975 N/A N/A", true],
    ["External Trade Turnover 13 315.0 11 389.4 14 341.1 19 130.8 21 690.0 10 320.1", true],
    ["| Jan-Jun'12 | 4,144.9 | 7,227.5 | -3,082.6 | 0.6 | 6.0 | 14.3 |", true],
    ["2015 3.7 5.7 2.0", true],
    // A header of periods, prose, and a line with one number are not rows.
    ["2019 2020          2021 2022 2023 January-June 2024", false],
    ["| Foreign trade,EUR mn | Exports | Imports | Trade gap | Exports, y/y,% | Imports,y/y,% | Trade gap,y/y,% |", false],
    ["Foreign trade turnover totaled US$12.5 billion in 2000, nearly the same as the previous year, but down 20 percent from 1998.", false],
    ["Exports climbed 20.3% y/y to EUR 5bn in January-June", false],
    ["| Source: Statistics office |", false],
  ])("%s → %s", (line, expected) => expect(isTableRow(line)).toBe(expected));
});

describe("readTables", () => {
  it("reads a table of years down and metrics across, the caption naming the country and the unit (batch-1 14)", () => {
    const text = "Trade (expressed in millions of US$): Belarus\nexports Imports\n1994 2510 3066\n1995 4706 5562";
    expect(read(text, "RUS")).toEqual([
      "exports BLR>WLD 1994:1-12 2510000000 USD [2510]",
      "imports BLR>WLD 1994:1-12 3066000000 USD [3066]",
      "exports BLR>WLD 1995:1-12 4706000000 USD [4706]",
      "imports BLR>WLD 1995:1-12 5562000000 USD [5562]",
    ]);
  });

  it("reads decimals without a leading zero and passes over empty cells (batch-2 31)", () => {
    const text = "Trade (expressed in billions of US$): Mongolia\nExports Imports\n1975 N/A N/A\n1980 .403 .548\n1998 N/A N/A";
    expect(read(text)).toEqual(["exports MNG>WLD 1980:1-12 403000000 USD [.403]", "imports MNG>WLD 1980:1-12 548000000 USD [.548]"]);
  });

  it("gives the flows to the country the header names, with the other the caption names (batch-11 30)", () => {
    const text = "EU-Belarus: Trade in goods\n\nTrade in goods 2015-2017, € billions\nYear EU imports EU exports Balance\n2015 3.7 5.7 2.0";
    expect(read(text, "BLR")).toEqual([
      "imports EU>BLR 2015:1-12 3700000000 EUR [3.7]",
      "exports EU>BLR 2015:1-12 5700000000 EUR [5.7]",
      "balance EU>BLR 2015:1-12 2000000000 EUR [2.0]",
    ]);
  });

  it("reads a barred table of months and month ranges, skipping its change columns (batch-7 17)", () => {
    const text = "| Foreign trade,EUR mn | Exports | Imports | Trade gap | Exports, y/y,% | Imports,y/y,% | Trade gap,y/y,% |\n| Jun'12 | 799.8 | 1,142.5 | -411.0 | 4.2 | -5.6 | -7.3 |\n| Jan-Jun'13 | 4,986.2 | 7,368.2 | -2,382.0 | 20.3 | 1.9 | -22.7 |";
    expect(read(text, "SRB")).toEqual([
      "exports SRB>WLD 2012:6-6 799800000 EUR [799.8]",
      "imports SRB>WLD 2012:6-6 1142500000 EUR [1,142.5]",
      "balance SRB>WLD 2012:6-6 -411000000 EUR [-411.0]",
      "exports SRB>WLD 2013:1-6 4986200000 EUR [4,986.2]",
      "imports SRB>WLD 2013:1-6 7368200000 EUR [7,368.2]",
      "balance SRB>WLD 2013:1-6 -2382000000 EUR [-2,382.0]",
    ]);
  });

  it("reads a table of metrics down and periods across, numbers grouped by spaces, a part of the flow passed over (batch-5 05)", () => {
    const text = "Million USD\n\n2019 2020 January-June 2024\nExternal Trade Turnover 13 315.0 11 389.4 10 320.1\nTrade Balance -5 720.9 -4 708.0 -4 623.5\nExport excluding re-export 2 316.6 2 399.5 1 293.9";
    expect(read(text, "GEO")).toEqual([
      "turnover GEO>WLD 2019:1-12 13315000000 USD [13 315.0]",
      "turnover GEO>WLD 2020:1-12 11389400000 USD [11 389.4]",
      "turnover GEO>WLD 2024:1-6 10320100000 USD [10 320.1]",
      "balance GEO>WLD 2019:1-12 -5720900000 USD [-5 720.9]",
      "balance GEO>WLD 2020:1-12 -4708000000 USD [-4 708.0]",
      "balance GEO>WLD 2024:1-6 -4623500000 USD [-4 623.5]",
    ]);
  });

  it.each([
    // No unit, or two currencies: nothing can be read right (batch-7 26's euro and dollar columns).
    ["no unit", "Exports Imports\n2015 3.7 5.7\n2016 2.9 5.0", "BLR"],
    ["two currencies", "Thousand euro Thousand US $\nExport Import\n2024 1 740 799 1 923 583\n2025 1 878 878 2 036 141", "HRV"],
    // Trade in services is not the goods trade the figures chart (batch-11 30).
    ["services", "Trade in services 2014-2016, € billions\nYear EU imports EU exports Balance\n2014 1.4 2.4 1.0\n2015 1.3 2.1 0.8", "BLR"],
    // Cells that split more than one way, or into more cells than the header has columns.
    ["ambiguous cells", "Million USD\n2019 2020\nExport 100 200 300\nImport 150 250 350", "GEO"],
    ["no country", "Million USD\n2019 2020\nExport 13.1 14.2\nImport 15.3 16.4", undefined],
    // A rate table, not trade (batch-2 31).
    ["exchange rates", "Exchange rates: Mongolia\ntughriks per US$1\nDec 2000 1,097.00\n2000 2000 1,076.67", "MNG"],
  ])("reads nothing when a part is missing: %s", (_, text, focus) => expect(read(text, focus)).toEqual([]));
});
