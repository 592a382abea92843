import { describe, expect, it } from "vitest";
import { ArticleFileError, parseArticleFile, serializeArticleFile } from "@/lib/ingest/article-file";
import { decodeArticleBytes } from "@/lib/ingest/input";
import { findDateInText, parseDateText } from "@/lib/dates";
import { slugify } from "@/lib/ingest/slug";

describe("article files", () => {
  const meta = { title: "Can Belarus Revive its ‘Multi-Vector’ Foreign Policy?", date: "2023-01-09", author: "Nikola Mikovic", publisher: "Diplomatic Courier", source: "003_46ef3c5490df1303.txt" };
  const body = "Despite being Moscow’s only ally in Europe, Belarus: \"quoted\" — and more.\n\nSecond paragraph.";

  it("round-trips front matter and body exactly", () => {
    const text = serializeArticleFile({ meta, body });
    expect(text.startsWith("---\ntitle: Can Belarus Revive its ‘Multi-Vector’ Foreign Policy?\ndate: 2023-01-09\n")).toBe(true);
    expect(parseArticleFile(text)).toEqual({ meta, body });
    expect(parseArticleFile(text.replace(/\n/g, "\r\n"))).toEqual({ meta, body });
  });

  it.each([
    ["no front matter", "Just a body."],
    ["unclosed YAML", "---\ntitle: [oops\n---\nBody."],
    ["no title", "---\ndate: 2023-01-09\n---\nBody."],
    ["a bad date", "---\ntitle: T\ndate: 9 January 2023\n---\nBody."],
    ["a javascript: url", "---\ntitle: T\nurl: javascript:alert(1)\n---\nBody."],
  ])("rejects %s with a readable error", (_, text) => {
    expect(() => parseArticleFile(text)).toThrow(ArticleFileError);
  });
});

describe("slugify", () => {
  it.each([
    ["Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations", "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations"],
    ["Can Belarus Revive its ‘Multi-Vector’ Foreign Policy?", "can-belarus-revive-its-multi-vector-foreign-policy"],
    ["Türkiye–Azərbaycan: trade up 5%", "turkiye-az-rbaycan-trade-up-5"],
    ["Торговля растёт", "torgovlya-rastyot"],
    ["Товарооборот Беларуси и России в 2014 году составил 37,4 млрд долларов", "tovarooborot-belarusi-i-rossii-v-2014-godu-sostavil-37-4-mlrd-dollarov"],
    ["Белоруссия и Грузия: объём торговли", "belorussiya-i-gruziya-obyom-torgovli"],
    ["Belarus – Беларусь", "belarus-belarus"],
    ["中国贸易", ""],
  ])("%s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts long titles at a word boundary within 100 characters", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug.endsWith("-word")).toBe(true);
  });
});

describe("dates", () => {
  it.each([
    ["April 22, 2016 19:11", "2016-04-22"],
    ["January 9, 2023", "2023-01-09"],
    ["October 02, 2017 11:57", "2017-10-02"],
    ["9 February 2024", "2024-02-09"],
    ["2016-04-22", "2016-04-22"],
    // Russian date lines, as Belarusian and Russian sites print them.
    ["15 декабря 2011 г.", "2011-12-15"],
    ["3 мая 2020 года, 12:00", "2020-05-03"],
    ["1 Марта 2019", "2019-03-01"],
  ])("reads the date line %s", (line, iso) => {
    expect(parseDateText(line)?.iso).toBe(iso);
  });

  it.each([["February 30, 2024"], ["Category status:"], ["April 22, 2016 was a Friday"], ["31 июня 2020 г."], ["15 декабря 2011 года товарооборот вырос"]])("refuses %s", (line) => {
    expect(parseDateText(line)).toBeUndefined();
  });

  it.each([
    ["Budapest, March 12, 2024", "2024-03-12"],
    ["14.02.2024 17:25", "2024-02-14"],
    ["LRT English 2024.03.05 10:24", "2024-03-05"],
    ["ISTANBUL Feb 02, 2023 - 11:42 am GMT+3", "2023-02-02"],
  ])("finds the date in the dateline %s", (line, iso) => {
    expect(findDateInText(line)?.iso).toBe(iso);
  });
});

describe("decodeArticleBytes", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    ["empty", new Uint8Array(), "empty file"],
    ["blank", bytes(" \n\t\n"), "empty file"],
    ["binary", new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]), "binary file"],
    ["Latin-1", new Uint8Array([0x54, 0x72, 0x61, 0x64, 0xe9]), "not valid UTF-8"],
    ["too large", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), "too large"],
  ])("refuses %s input", (_, input, reason) => {
    const result = decodeArticleBytes(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });

  it("accepts UTF-8 text with a byte-order mark", () => {
    expect(decodeArticleBytes(bytes("\uFEFFTrade grew."))).toEqual({ ok: true, text: "Trade grew." });
  });
});
