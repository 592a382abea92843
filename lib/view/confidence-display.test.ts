import { describe, expect, it } from "vitest";
import { CONFIRMED_CONFIDENCE, describeConfidence, formatConfidence, isUnconfirmed, UNCONFIRMED_LEGEND } from "@/lib/view/confidence-display";

describe("isUnconfirmed", () => {
  it.each([
    [0, true],
    [0.5, true],
    [0.79, true],
    [0.7999, true],
    [CONFIRMED_CONFIDENCE, false],
    [0.93, false],
    [1, false],
  ])("confidence %d → %s", (confidence, unconfirmed) => {
    expect(isUnconfirmed({ confidence })).toBe(unconfirmed);
  });
});

describe("formatConfidence", () => {
  it.each([
    [0.93, "0.93"],
    [0.62, "0.62"],
    [0.29, "0.29"],
    [0.5, "0.50"],
    [0.7999, "0.79"],
    [0.8, "0.80"],
    [1, "1.00"],
    [0, "0.00"],
  ])("%d → %s", (confidence, text) => {
    expect(formatConfidence(confidence)).toBe(text);
  });

  it("never shows an unconfirmed confidence at or above the threshold", () => {
    for (let c = 0.7; c < CONFIRMED_CONFIDENCE; c += 0.0007) expect(Number(formatConfidence(c))).toBeLessThan(CONFIRMED_CONFIDENCE);
  });
});

describe("describeConfidence", () => {
  it("says whether the figure is confirmed and gives the confidence", () => {
    expect(describeConfidence({ confidence: 0.62 })).toBe("unconfirmed — extractor confidence 0.62");
    expect(describeConfidence({ confidence: 0.93 })).toBe("confirmed — extractor confidence 0.93");
  });

  it("names the threshold in the legend", () => {
    expect(UNCONFIRMED_LEGEND).toBe("unconfirmed (confidence < 0.8)");
  });
});
