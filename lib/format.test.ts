import { describe, expect, it } from "vitest";
import { formatAxisValue, formatDate, formatPeriod, formatValue, isPartialYear } from "@/lib/format";

describe("formatPeriod", () => {
  it.each([
    ["2014", "2014"],
    ["2023-01/2023-05", "Jan–May 2023"],
    ["2022-11/2023-02", "Nov 2022–Feb 2023"],
    ["2023-03/2023-03", "Mar 2023"],
  ])("%s → %s", (period, label) => {
    expect(formatPeriod(period)).toBe(label);
    expect(isPartialYear(period)).toBe(period !== "2014");
  });
});

describe("formatValue", () => {
  it.each([
    [64180000, "USD", "exact", "USD 64.18 million"],
    [-237100000, "USD", "exact", "−USD 237.1 million"],
    [300000000, "USD", "approx", "about USD 300 million"],
    [1.5e9, "EUR", "more_than", "more than EUR 1.5 billion"],
    [112000, "USD", "less_than", "less than USD 112,000"],
    [0.1, null, "approx", "about 0.1 %"],
  ] as const)("%d %s %s → %s", (value, currency, qualifier, text) => {
    expect(formatValue(value, currency, qualifier)).toBe(text);
  });

  it("formats axis ticks short", () => {
    expect([3e8, -2.371e8, 1.5e9, 64180, 0.1].map((v) => formatAxisValue(v, v === 0.1 ? null : "USD"))).toEqual(["300M", "−237M", "1.5B", "64K", "0.1 %"]);
  });

  it("formats ISO dates in UTC", () => {
    expect(formatDate("2016-04-22")).toBe("22 April 2016");
  });
});
