import { describe, expect, it } from "vitest";
import { buildTextDirective, buildTextFragmentUrl, encodeTextDirectiveTerm } from "@/lib/export/text-fragment";

describe("encodeTextDirectiveTerm", () => {
  it.each([
    ["commas", "64.18 million, or about", "64.18%20million%2C%20or%20about"],
    ["ampersands", "trade & investment", "trade%20%26%20investment"],
    ["hyphen-minus", "Russo-Georgian", "Russo%2DGeorgian"],
    ["en dash", "reasons – that", "reasons%20%E2%80%93%20that"],
    ["curly apostrophe", "Georgia’s", "Georgia%E2%80%99s"],
    ["straight quotes", '"window of opportunity"', "%22window%20of%20opportunity%22"],
    ["accented Latin", "vis-à-vis", "vis%2D%C3%A0%2Dvis"],
    ["Cyrillic", "кириллица", "%D0%BA%D0%B8%D1%80%D0%B8%D0%BB%D0%BB%D0%B8%D1%86%D0%B0"],
    ["percent and hash", "0.1% #1", "0.1%25%20%231"],
  ])("encodes %s", (_, term, encoded) => {
    expect(encodeTextDirectiveTerm(term)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(term);
  });
});

describe("buildTextDirective", () => {
  it("selects a short sentence whole, whitespace collapsed", () => {
    expect(buildTextDirective("Trade rose,\n  a lot.")).toBe("Trade%20rose%2C%20a%20lot.");
  });

  it("selects a long sentence as textStart,textEnd of five words each", () => {
    const sentence =
      "When tension between Russia and Georgia rose after Mikhail Saakashvili came to power, trade between Belarus and Georgia had increased and peaked in 2011 reaching almost USD 300 million with a large balance deficit for Belarus (USD 237.1 million).";
    expect(buildTextDirective(sentence)).toBe("When%20tension%20between%20Russia%20and,for%20Belarus%20(USD%20237.1%20million).");
  });
});

describe("buildTextFragmentUrl", () => {
  it("appends the directive, replacing an existing fragment", () => {
    expect(buildTextFragmentUrl("https://example.org/a?x=1#top", "In 2014, it – rose")).toBe("https://example.org/a?x=1#:~:text=In%202014%2C%20it%20%E2%80%93%20rose");
  });

  it("is parsed back by the URL parser into the same sentence", () => {
    const sentence = "Georgia’s trade, à la “Minsk” – кириллица & co-operation.";
    const url = new URL(buildTextFragmentUrl("https://example.org/a", sentence));
    expect(url.hash.startsWith("#:~:text=")).toBe(true);
    const term = url.hash.slice("#:~:text=".length);
    expect(term).not.toMatch(/[,&-]/);
    expect(decodeURIComponent(term)).toBe(sentence);
  });

  it("leaves the URL alone for an empty sentence", () => {
    expect(buildTextFragmentUrl("https://example.org/a", "  ")).toBe("https://example.org/a");
  });
});
