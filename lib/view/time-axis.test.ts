import { describe, expect, it } from "vitest";
import { periodOnAxis, yearTicks } from "@/lib/view/time-axis";

describe("periodOnAxis", () => {
  it("draws a year at its middle, across the year", () => {
    expect(periodOnAxis("2014")).toEqual({ start: 2014, end: 2015, at: 2014.5 });
  });

  it("draws part of a year at the end of its months, across them: January–June at mid-year", () => {
    expect(periodOnAxis("2023-01/2023-06")).toEqual({ start: 2023, end: 2023.5, at: 2023.5 });
    const q3 = periodOnAxis("2022-07/2022-09");
    expect(q3.start).toBeCloseTo(2022.5, 10);
    expect(q3.at).toBeCloseTo(2022.75, 10);
    expect(periodOnAxis("2022-11/2023-02")).toMatchObject({ start: 2022 + 10 / 12, at: 2023 + 2 / 12 });
  });

  it("puts 2011 and 2014 three years apart", () => {
    expect(periodOnAxis("2014").at - periodOnAxis("2011").at).toBe(3);
  });
});

describe("yearTicks", () => {
  it("ticks every year's middle over a short span, and fewer over a long one", () => {
    expect(yearTicks(2011, 2014)).toEqual([2011.5, 2012.5, 2013.5, 2014.5]);
    expect(yearTicks(1995, 2024)).toEqual([1995.5, 2000.5, 2005.5, 2010.5, 2015.5, 2020.5]);
    expect(yearTicks(2020, 2020)).toEqual([2020.5]);
  });
});
