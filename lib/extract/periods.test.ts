import { describe, expect, it } from "vitest";
import { findPeriodMentions, toPeriodString } from "@/lib/extract/periods";

const first = (text: string, articleYear = 2024) => {
  const m = findPeriodMentions(text, { articleYear })[0];
  return m && toPeriodString(m.value);
};

describe("findPeriodMentions", () => {
  it.each([
    ["In 2014, it totalled", "2014"],
    ["In January-June 2024, trade turnover", "2024-01/2024-06"],
    ["in January–May 2023", "2023-01/2023-05"],
    ["in the first five months of 2024", "2024-01/2024-05"],
    ["over eleven months of 2023", "2023-01/2023-11"],
    ["in 9M 2023", "2023-01/2023-09"],
    ["in the first quarter of 2024", "2024-01/2024-03"],
    ["in Q3 2023", "2023-07/2023-09"],
    ["in the first half of 2024", "2024-01/2024-06"],
    ["in H2 2023", "2023-07/2023-12"],
    ["from January through September 2024", "2024-01/2024-09"],
    ["In October alone, turnover", "2024-10/2024-10"],
    ["came to $1.98 billion last year", "2023"],
    ["in the 2023/24 fiscal year", "2023-04/2024-03"],
    ["in the financial year 2023-24 (April-March)", "2023-04/2024-03"],
    ["The year-to-date (01 January to 30 September 2020) trade surplus", "2020-01/2020-09"],
    ["in the first half of the year", "2024-01/2024-06"],
    ["in FY24, according to", "2023-04/2024-03"],
    ["partner in 2023-24 (April-March), with", "2023-04/2024-03"],
    ["in the twelve months to March 2024, exports", "2023-04/2024-03"],
    ["over the 12 months ended December 2023", "2023"],
    ["in the rolling 12 months ending November, exports", "2023-12/2024-11"],
    ["during the first 8 months of the present financial year in comparison", "2024-04/2024-11"],
    ["and gained another 14.5% in January-August period of 2018.", "2018-01/2018-08"],
    // A span across a year's end (batch-13 07).
    ["for the cumulative period December 2020 to November 2021 show", "2020-12/2021-11"],
    ["from March 2023 to February 2024", "2023-03/2024-02"],
    // Hyphenated halves and quarters, and the "term" of translated Azerbaijani copy (realnews 04, batch-6 23).
    ["higher than the first-half 2019 figure of $35.8 billion", "2019-01/2019-06"],
    ["in the first-quarter 2022 data", "2022-01/2022-03"],
    // The year so far, to the month named (batch-20 04).
    ["As of November 2022, our trade turnover amounted to", "2022-01/2022-11"],
    ["As a result, in the first term of 2021, 360,5 mln dollars of positive balance occurred.", "2021-01/2021-03"],
    ["in the first term of the current year", "2024-01/2024-03"],
  ])("%s → %s", (text, period) => {
    expect(first(text)).toBe(period);
  });

  it("reads 'the first half-year of 2008' as one period, its year not again on its own (batch-3 10)", () => {
    const found = findPeriodMentions("The positive foreign trade balance of Ukraine for the first half-year of 2008 soared by 44.6%", { articleYear: 2009 });
    expect(found.map((p) => toPeriodString(p.value))).toEqual(["2008-01/2008-06"]);
  });

  it("reads each month of a list, not 'September and October' as a range (batch-13 07)", () => {
    const found = findPeriodMentions("$40m, $39m and $36m earned in August, September and October respectively. Between January and May trade rose.", { articleYear: 2021 });
    expect(found.map((p) => toPeriodString(p.value))).toEqual(["2021-08/2021-08", "2021-09/2021-09", "2021-10/2021-10", "2021-01/2021-05"]);
  });

  it("reads 'the 2019-2020 period' as a fiscal year where the country reports by them, and no span of unrelated years", () => {
    expect(findPeriodMentions("the country registered during the 2019-2020 period", { articleYear: 2021, fiscalStart: 7 }).map((p) => toPeriodString(p.value))).toEqual(["2019-07/2020-06"]);
    expect(findPeriodMentions("has dropped in recent years (2012-2016)", { articleYear: 2017, fiscalStart: 7 })).toEqual([]);
  });

  it("reads 'the first 10 months of the current fiscal' of an undated article by the fiscal year it names (batch-15 13)", () => {
    const text = "Export earnings topped $1 bn in the first 10 months of the current fiscal, with the figure for India being $1.07 bn, 52.98 per cent higher from $701.56 mn in the same period of the previous fiscal.";
    expect(findPeriodMentions(text, { fiscalStart: 7, statedFiscalYear: 2018 }).map((p) => toPeriodString(p.value))).toEqual(["2018-07/2019-04", "2017-07/2018-04"]);
  });

  it("reads Iranian years (21 March to 20 March) in the calendar months they cover (batch-15 07, 08)", () => {
    const text = "Iran has exported goods worth over $4.5 billion to Iraq in the first five months of the current Iranian year (starting March 21). Exports in the preceding Iranian year were $13 billion. In the Iranian year 1397 trade rose.";
    expect(findPeriodMentions(text, { articleYear: 2024, articleMonth: 9 }).map((p) => toPeriodString(p.value))).toEqual(["2024-03/2024-08", "2023-03/2024-03", "2018-03/2019-03"]);
    // A story of February is still in the Iranian year that began the March before; one of unknown month cannot say.
    expect(findPeriodMentions("in the current Iranian year", { articleYear: 2024, articleMonth: 2 }).map((p) => toPeriodString(p.value))).toEqual(["2023-03/2024-03"]);
    expect(findPeriodMentions("in the previous Iranian calendar year", { articleYear: 2024 })).toEqual([]);
    // In a text that counts in Iranian years, "the first five months of this year" count from March.
    expect(findPeriodMentions("In the first five months of this year, trade reached $4.8 billion", { articleYear: 2024, articleMonth: 9, iranianCalendar: true }).map((p) => toPeriodString(p.value))).toEqual(["2024-03/2024-08"]);
  });

  it("resolves 'a year earlier' against the period before it", () => {
    const found = findPeriodMentions("EUR 1.21 billion in 2022, against EUR 1.87 billion a year earlier", { articleYear: 2023 });
    expect(found.map((p) => [toPeriodString(p.value), p.comparison])).toEqual([["2022", false], ["2021", true]]);
  });

  it("resolves 'the same quarter of last fiscal year' to the same months one year back", () => {
    const found = findPeriodMentions("during Q1 of FY23 against the deficit of $4.393 billion during the same quarter of last fiscal year", { articleYear: 2022, fiscalStart: 7 });
    expect(found.map((p) => toPeriodString(p.value))).toEqual(["2022-07/2022-09", "2021-07/2021-09"]);
  });

  it("resolves 'the same period last year' to the same months one year back", () => {
    const found = findPeriodMentions("in January-May 2024, compared to the same period last year", { articleYear: 2024 });
    expect(found.map((p) => toPeriodString(p.value))).toEqual(["2024-01/2024-05", "2023-01/2023-05"]);
  });

  it("marks deadlines and ignores dates and starting points", () => {
    expect(findPeriodMentions("to lift trade to $1.5 billion by 2027", { articleYear: 2024 })[0]).toMatchObject({ by: true });
    expect(findPeriodMentions("On 19 December 2022, the leaders met", { articleYear: 2023 })).toEqual([]);
    expect(findPeriodMentions("has more than doubled since 2019", { articleYear: 2024 })).toEqual([]);
  });

  // Real spellings from tests/fixtures/real.
  it.each([
    ["exports to China were recorded at $2.707 billion during July-June (2023-24)", "2023-07/2024-06"],
    ["from $500 million during first eight months of the FY2022-23", "2022-07/2023-02"],
    ["Turkey's foreign trade turnover in April 2020 amounted to", "2020-04/2020-04"],
    ["recorded by Romania in the first two months of the year decreased", "2024-01/2024-02"],
    ["Over the five months of this year, the trade between Belarus and Uzbekistan reached", "2024-01/2024-05"],
    ["The bilateral trade turnover brought in US$5.15 billion as of the end of November", "2024-01/2024-11"],
    ["during the first quarter (July-September) of the current fiscal year (2022-23)", "2022-07/2022-09"],
    ["recorded $3.121 billion trade deficit with China during Q1 of FY23", "2022-07/2022-09"],
    ["in the third quarter of FY23", "2023-01/2023-03"],
    ["amounted to $365.5 million in 1H17, increasing by 38.2 percent", "2017-01/2017-06"],
    ["totaled $964 mln in conclusion of January - May 2025", "2025-01/2025-05"],
  ])("%s → %s", (text, period) => {
    const m = findPeriodMentions(text, { articleYear: 2024, fiscalStart: 7 })[0];
    expect(m && toPeriodString(m.value)).toBe(period);
  });

  it.each([
    ["In the reporting month, Turkey's exports dropped", { year: 2020, from: 4, to: 4 }, "2020-04/2020-04"],
    ["in the above-mentioned period, the amount of exports", { year: 2019, from: 1, to: 10 }, "2019-01/2019-10"],
    ["In March alone, goods imports from China jumped", { year: 2024, from: 4, to: 15 }, "2025-03/2025-03"],
    ["against $9.662 billion last year", { year: 2023, from: 7, to: 18 }, "2022-07/2023-06"],
    ["reached $42.76 billion this year", { year: 2021, from: 1, to: 6 }, "2021-01/2021-06"],
    ["Imports from Armenia stood at $27.88 million in the four months", { year: 2020, from: 1, to: 6 }, "2020-01/2020-04"],
    ["taking the trade deficit for the six-month period to $21.1 billion", { year: 2012, from: 4, to: 9 }, "2012-04/2012-09"],
    ["imports from China rose to $113.5 billion in 12-months through March", { year: 2024, from: 4, to: 15 }, "2024-04/2025-03"],
  ])("%s, after a period in force, → %s", (text, previous, period) => {
    const m = findPeriodMentions(text, { articleYear: previous.year, previous })[0];
    expect(m && toPeriodString(m.value)).toBe(period);
  });

  it.each([
    ["Turkey's exports to Israel amounted to 437 million dollars in March", 2024, undefined, "2024-03/2024-03"],
    ["separately in December China bought goods from Russia worth $5.53 billion", 2020, undefined, "2019-12/2019-12"],
    ["In March, exports reached $2 billion", 2024, 2, "2023-03/2023-03"],
    // A range from January, in a December story after the year before's total (ru-2 11).
    ["for January-October, exports from Uzbekistan to Russia reached $3.6 billion", 2025, 12, "2025-01/2025-10"],
    ["In January-June, exports reached $2 billion", 2024, 2, "2023-01/2023-06"],
  ])("reads a month, or months from January, named alone after a past whole year: %s", (text, articleYear, articleMonth, period) => {
    const m = findPeriodMentions(text, { articleYear, articleMonth, previous: { year: articleYear - 1, from: 1, to: 12 } })[0];
    expect(m && toPeriodString(m.value)).toBe(period);
  });

  it("counts 'last year' back from the year in view when the article's year is unknown (batch-15 06)", () => {
    const m = findPeriodMentions("Last year, trade turnover between Russia and Türkiye reached a record $68 billion.", { previous: { year: 2023, from: 1, to: 12 } })[0];
    expect(m && toPeriodString(m.value)).toBe("2022");
  });

  it.each([
    ["Japan posted a goods trade surplus of ¥2.46 trillion ($23 billion) in fiscal 2017", true, "2017-04/2018-03"],
    ["India's exports rose to $437 billion in FY24", false, "2023-04/2024-03"],
  ])("names a fiscal year by the year it starts or ends in, as the country does: %s", (text, namedByStart, period) => {
    const m = findPeriodMentions(text, { articleYear: 2024, fiscalStart: 4, fiscalNamedByStart: namedByStart })[0];
    expect(m && toPeriodString(m.value)).toBe(period);
  });

  it.each([
    ["during the first 11 months (July-May) of the current fiscal year 2020-21 has", "2020-07/2021-05"],
    ["during the first eleven months of the current fiscal year 2020-21 as", "2020-07/2021-05"],
    ["compared to the exports of $15.097 billion during July-March (2016-17), showing growth", "2016-07/2017-03"],
    ["exports of $2.025 billion during July-June (2022-23), SBP data revealed", "2022-07/2023-06"],
    ["the trade deficit during the first three quarters of fiscal year 2017-18 increased", "2017-07/2018-03"],
  ])("counts the months of a named fiscal year from its start (real copy): %s", (text, period) => {
    expect(findPeriodMentions(text, { articleYear: 2021, fiscalStart: 7 }).map((p) => toPeriodString(p.value))).toEqual([period]);
  });

  it.each([
    ["Between April and August of the FY 2022-23, the bilateral trade stands at", "2022-04/2022-08"],
    ["between January and March of FY 2022-23", "2023-01/2023-03"],
  ])("places months of a named fiscal year by its calendar (real copy): %s", (text, period) => {
    expect(findPeriodMentions(text, { articleYear: 2023, fiscalStart: 4 }).map((p) => toPeriodString(p.value))).toEqual([period]);
  });

  it.each([
    [
      "the imports into the country during the period under review increased by 15.66 percent by going up from $38.369 billion last year to $44.379 billion during the current fiscal year.",
      ["2017-07/2018-03", "2016-07/2017-03", "2017-07/2018-03"],
    ],
    [
      "the trade deficit during the first three quarters of fiscal year 2017-18 increased by 17.30 percent by growing from the deficit of $23.272 billion last year to $27.299 billion during the current year",
      ["2017-07/2018-03", "2016-07/2017-03", "2017-07/2018-03"],
    ],
  ])("reads 'last year' and 'the current (fiscal) year' against a part of a fiscal year as that part (real copy): %s", (text, periods) => {
    const previous = { year: 2017, from: 7, to: 15 };
    expect(findPeriodMentions(text, { articleYear: 2018, fiscalStart: 7, previous }).map((p) => toPeriodString(p.value))).toEqual(periods);
  });

  it("takes 'the current fiscal year' of an undated article from the fiscal year it states", () => {
    expect(findPeriodMentions("during the first three quarters of the current fiscal year", { articleYear: 2018, fiscalStart: 7, statedFiscalYear: 2017 }).map((p) => toPeriodString(p.value))).toEqual(["2017-07/2018-03"]);
  });

  it("does not date 'last year' to the year it is compared against (real copy)", () => {
    const text = "Last year trade turnover between Armenia and Russia grew by over 30% last year against 2016, amounting to 1 billion and 750 million USD";
    expect(findPeriodMentions(text, { articleYear: 2017 }).map((p) => toPeriodString(p.value))).toEqual(["2017", "2017", "2016"]);
  });

  it("does not read the 'm' of an amount as months: '$386.67m in 2002-03' (real copy)", () => {
    expect(findPeriodMentions("The figure was $1.11bn in 2005-06 and $386.67m in 2002-03.", { articleYear: 2014, fiscalStart: 7 }).map((p) => toPeriodString(p.value))).toEqual(["2005-07/2006-06", "2002-07/2003-06"]);
  });

  it("reads 'the prior year' and 'the same time in 2021' as points of comparison (real copy)", () => {
    expect(findPeriodMentions("the deficit surged to a record $891.3 billion in 2018 from $807.5 billion the prior year", { articleYear: 2019 }).map((p) => [toPeriodString(p.value), p.comparison])).toEqual([["2018", false], ["2017", true]]);
    expect(findPeriodMentions("In October this year, German exports to the US rose by 28.1% compared to the same time in 2021", { articleYear: 2022 }).map((p) => [toPeriodString(p.value), p.comparison])).toEqual([["2022-10/2022-10", false], ["2021-10/2021-10", true]]);
  });

  it("reads a period a change is measured from as a point of comparison: '6% down from January-April 2015' (real copy), not 'From January to June'", () => {
    expect(findPeriodMentions("Belarus’ export to Russia was close to $3 billion, roughly 6% down from January-April 2015.", { articleYear: 2016 }).map((p) => [toPeriodString(p.value), p.comparison])).toEqual([["2015-01/2015-04", true]]);
    expect(findPeriodMentions("From January to June 2023, trade reached $3 billion.", { articleYear: 2023 }).map((p) => [toPeriodString(p.value), p.comparison])).toEqual([["2023-01/2023-06", false]]);
  });

  it("takes no period from a starting point: 'a record high since February 2022' (real copy)", () => {
    expect(findPeriodMentions("Bilateral trade exceeded 145.96 billion yuan, reaching a record high since February 2022.", { articleYear: 2023 })).toEqual([]);
  });

  it("reads 'fiscal 2017' as the calendar year where no country with a fiscal calendar is named", () => {
    expect(findPeriodMentions("the deficit narrowed in fiscal 2017", { articleYear: 2018 }).map((p) => toPeriodString(p.value))).toEqual(["2017"]);
  });

  it("reads 'last month' against the article's date and a yearless range as already over", () => {
    expect(findPeriodMentions("Last month, trade turnover between the two countries was more than $9 billion", { articleYear: 2018, articleMonth: 10 }).map((p) => toPeriodString(p.value))).toEqual(["2018-09/2018-09"]);
    expect(findPeriodMentions("has accelerated during July to February of the ongoing fiscal year", { articleYear: 2023, articleMonth: 3 }).map((p) => toPeriodString(p.value))[0]).toBe("2022-07/2023-02");
  });

  it("marks a comparison several words back: 'compared to the same month of last year'", () => {
    const found = findPeriodMentions("increased by 15.7 percent in June 2020 compared to the same month of last year, amounting to", { articleYear: 2020 });
    expect(found.map((p) => p.comparison)).toEqual([false, true]);
  });

  it("reads 'the reporting period of 2023' as the months reported, in the year it names, and 'during this period' as the period just named (batch-9 26, batch-8 03)", () => {
    const previous = { year: 2022, from: 1, to: 4 };
    expect(findPeriodMentions("As such, in the reporting period of 2023, Uzbekistan's exports to Kazakhstan amounted to $426.8 million", { articleYear: 2023, previous }).map((p) => toPeriodString(p.value))).toEqual(["2023-01/2023-04"]);
    const justNamed = { year: 2022, from: 1, to: 12 };
    expect(findPeriodMentions("During this period, China's exports to Nigeria reached $22.3 billion", { articleYear: 2023, previous: { year: 2023, from: 1, to: 9 }, justNamed }).map((p) => toPeriodString(p.value))).toEqual(["2022"]);
    expect(findPeriodMentions("in the reporting period, exports reached $2 billion", { articleYear: 2023, previous: { year: 2023, from: 1, to: 9 }, justNamed }).map((p) => toPeriodString(p.value))).toEqual(["2023-01/2023-09"]);
  });

  it("takes 'over the period' from the context", () => {
    const [p] = findPeriodMentions("came to $551 million over the period", { articleYear: 2024, previous: { year: 2024, from: 1, to: 5 } });
    expect(p && toPeriodString(p.value)).toBe("2024-01/2024-05");
  });

  it("takes the months in brackets for a count of months ('five months (April-August)')", () => {
    const text = "has soared to an all-time high of $18,229.03 million in just five months (April-August) of this financial year (2022-23)";
    expect(findPeriodMentions(text, { articleYear: 2022, fiscalStart: 4 })[0]!.value).toEqual({ year: 2022, from: 4, to: 8 });
  });
});
