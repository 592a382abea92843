import { describe, expect, it } from "vitest";
import { foldAccents, foldLookalikes } from "@/lib/extract/fold";

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

describe("foldLookalikes", () => {
  it.each([
    // Real copy: zelv.ru 2018 (ru-10 19), whose "cоюза" starts with a Latin "c".
    ["экспорт в страны Европейского cоюза вырос", "экспорт в страны Европейского союза вырос"],
    ["USD, Cбер, McDonald и EUR", "USD, Сбер, McDonald и EUR"],
    ["no Cyrillic here: coop", "no Cyrillic here: coop"],
  ])("%s", (text, expected) => {
    const out = foldLookalikes(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
