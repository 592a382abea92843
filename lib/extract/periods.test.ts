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
    ["in the first half of the year", "2024-01/2024-06"],
    ["in FY24, according to", "2023-04/2024-03"],
    ["partner in 2023-24 (April-March), with", "2023-04/2024-03"],
  ])("%s → %s", (text, period) => {
    expect(first(text)).toBe(period);
  });

  it("resolves 'a year earlier' against the period before it", () => {
    const found = findPeriodMentions("EUR 1.21 billion in 2022, against EUR 1.87 billion a year earlier", { articleYear: 2023 });
    expect(found.map((p) => [toPeriodString(p.value), p.comparison])).toEqual([["2022", false], ["2021", true]]);
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

  it("takes 'over the period' from the context", () => {
    const [p] = findPeriodMentions("came to $551 million over the period", { articleYear: 2024, previous: { year: 2024, from: 1, to: 5 } });
    expect(p && toPeriodString(p.value)).toBe("2024-01/2024-05");
  });
});
