import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/ingest/language";

describe("detectLanguage", () => {
  it.each([
    ["In 2014, it totalled USD 64.18 million or about 0.1% of the total foreign trade turnover.", "en"],
    ["Товарооборот Беларуси и Грузии в 2014 году составил 64,18 млн долларов США.", "ru"],
    // A Russian article that names its source and a currency in Latin letters is still Russian.
    ["МИНСК, 12 мая (БЕЛТА). Товарооборот с Китаем (PRC) составил $3,2 млрд, сообщили в Belstat.", "ru"],
    // English copy quoting a Russian word is English.
    ["Trade turnover (товарооборот) between Belarus and Russia reached $45 billion in 2012.", "en"],
    ["", "en"],
    ["12 345 678", "en"],
  ])("%s → %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
