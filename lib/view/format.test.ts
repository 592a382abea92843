import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod, formatValue, isPartialYear } from "@/lib/view/format";
import { axisTicks, formatAxisValue, logScaleSuits, logTicks } from "@/lib/view/axis";

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
    [300000000, "USD", "almost", "almost USD 300 million"],
    [1.5e9, "EUR", "more_than", "more than EUR 1.5 billion"],
    [112000, "USD", "less_than", "less than USD 112,000"],
    [0.1, null, "approx", "about 0.1 %"],
  ] as const)("%d %s %s → %s", (value, currency, qualifier, text) => {
    expect(formatValue(value, currency, qualifier)).toBe(text);
  });

  it("keeps the decimals a tick step needs, so close ticks never read alike", () => {
    expect([1e9, 1.05e9, 1.1e9].map((v) => formatAxisValue(v, "USD", 0.05e9))).toEqual(["1B", "1.05B", "1.1B"]);
    expect([0, 2.5e8, 5e8, 7.5e8, 1e9].map((v) => formatAxisValue(v, "USD", 2.5e8))).toEqual(["0", "250M", "500M", "750M", "1B"]);
    expect([-2.5e8, 0, 2.5e8].map((v) => formatAxisValue(v, "USD", 2.5e8))).toEqual(["−250M", "0", "250M"]);
    expect([0, 0.025, 0.05, 0.075].map((v) => formatAxisValue(v, null, 0.025))).toEqual(["0 %", "0.025 %", "0.05 %", "0.075 %"]);
  });

  it.each([
    [[64.18e6, 300e6], [0, 1e8, 2e8, 3e8]],
    [[1.02e9, 1.08e9], [0, 5e8, 1e9, 1.5e9]],
    [[-237.1e6, 300e6], [-4e8, -2e8, 0, 2e8, 4e8]],
    [[5], [0, 2, 4, 6]],
    [[0.1], [0, 0.025, 0.05, 0.075, 0.1]],
  ])("gives nice ticks from zero or below past %j", (values, ticks) => {
    expect(axisTicks(values)).toEqual(ticks);
  });

  it("formats axis ticks short", () => {
    expect([3e8, -2.371e8, 1.5e9, 64180, 0.1].map((v) => formatAxisValue(v, v === 0.1 ? null : "USD"))).toEqual(["300M", "−237M", "1.5B", "64K", "0.1 %"]);
  });

  it("formats ISO dates in UTC", () => {
    expect(formatDate("2016-04-22")).toBe("22 April 2016");
  });
});

describe("a log scale", () => {
  it("suits values above zero spanning two orders of magnitude, never a deficit", () => {
    expect(logScaleSuits([3e6, 4e8])).toBe(true);
    expect(logScaleSuits([64e6, 3e8])).toBe(false);
    expect(logScaleSuits([-237e6, 3e8, 1e6])).toBe(false);
  });

  it("ticks at 1, 2 and 5 times powers of ten around the values", () => {
    expect(logTicks([3e6, 4e8])).toEqual([2e6, 5e6, 1e7, 2e7, 5e7, 1e8, 2e8, 5e8]);
  });
});
