import { describe, expect, it } from "vitest";
import { foldAccents } from "@/lib/extract/fold";

describe("foldAccents", () => {
  it.each([
    ["Latvian exports totaled EùR 8.255 billion, Lithùania", "Latvian exports totaled EuR 8.255 billion, Lithuania"],
    ["Türkiye and Việt Nam, Chișinău", "Turkiye and Viet Nam, Chisinau"],
    ["no accents here", "no accents here"],
    ["Кыргызстан and złoty", "Кыргызстан and złoty"],
  ])("%s", (text, expected) => {
    const out = foldAccents(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
