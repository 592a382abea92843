import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanRawArticle } from "@/lib/ingest/clean";

const seed = (name: string) => readFileSync(new URL(`../../data/raw/${name}`, import.meta.url), "utf8");
const [georgia, related] = cleanRawArticle(seed("000_030d030831b57284.txt"));
const [courier, ...rest] = cleanRawArticle(seed("003_46ef3c5490df1303.txt"));
const count = (text: string, part: string) => text.split(part).length - 1;

describe("cleanRawArticle on the seeds", () => {
  it("recovers the first seed's metadata and keeps one copy of its body", () => {
    expect(georgia!.meta).toEqual({ title: "Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations", date: "2016-04-22" });
    expect(count(georgia!.body, "In 2014, it totalled USD 64.18 million")).toBe(1);
    expect(count(georgia!.body, "The Belarusian authorities are attempting")).toBe(1);
    expect(georgia!.body.split("\n\n")).toHaveLength(8);
    expect(georgia!.body).not.toMatch(/Category status|Similar articles|Recent trends|\u00a0/);
  });

  it("splits the related article off into its own, never mixed into the first", () => {
    expect(georgia!.body).not.toContain("100,000 Russian servicemen");
    expect(related!.meta).toEqual({ title: "Belarusian and Ukrainian Defence Ministries entangle in confrontation spiral", date: "2017-10-02" });
    expect(related!.body).toContain("100,000 Russian servicemen");
    expect(related!.body).not.toMatch(/Фото|RFRM|Recent trends/);
  });

  it("recovers the second seed's metadata, joins its drop cap and drops the author box and captions", () => {
    expect(rest).toEqual([]);
    expect(courier!.meta).toEqual({
      title: "Can Belarus Revive its ‘Multi-Vector’ Foreign Policy?",
      date: "2023-01-09",
      author: "Nikola Mikovic",
      publisher: "Diplomatic Courier",
    });
    expect(count(courier!.body, "Despite being Moscow’s only ally in Europe")).toBe(1);
    expect(courier!.body).not.toMatch(/^D$|^espite|^\.$|About|correspondent for Diplomatic Courier|a global affairs media network|www\.|Unsplash|views presented/m);
    expect(courier!.body.startsWith("Belarus has for years sought a balance")).toBe(true);
  });

  it("is deterministic", () => {
    expect(cleanRawArticle(seed("003_46ef3c5490df1303.txt"))).toEqual(cleanRawArticle(seed("003_46ef3c5490df1303.txt")));
  });
});

describe("cleanRawArticle on agency copy", () => {
  const raw = [
    "Belarus, Vietnam to boost trade",
    "",
    "By Anna Petrova",
    "Minsk, 12 March 2024",
    "",
    "Photo: BelTA",
    "",
    "Belarus and Vietnam agreed on Tuesday to expand cooperation in agriculture and machine building.",
    "",
    "Read also: Belarus, China sign roadmap",
    "",
    "Bilateral trade amounted to $112.4 million in 2023, the ministry said.",
    "",
    "Share",
  ].join("\r\n");

  it("keeps prose, drops furniture, reads byline and dateline", () => {
    const [article, ...others] = cleanRawArticle(raw);
    expect(others).toEqual([]);
    expect(article!.meta).toEqual({ title: "Belarus, Vietnam to boost trade", date: "2024-03-12", author: "Anna Petrova" });
    expect(article!.body).toBe(
      "Belarus and Vietnam agreed on Tuesday to expand cooperation in agriculture and machine building.\n\nBilateral trade amounted to $112.4 million in 2023, the ministry said.",
    );
  });

  it("keeps a page's last line, cut off mid-sentence, as the body's end rather than its headline", () => {
    const raw = readFileSync(new URL("../../tests/fixtures/real/batch-19/articles/10-trend-kyrgyzstan-total-2020.txt", import.meta.url), "utf8");
    const [article] = cleanRawArticle(raw);
    expect(article!.meta.title).toMatch(/^In 2020, the volume of foreign trade amounted to \$5\.6 billion/);
    expect(article!.body.endsWith("“Russia (64.9%) and Kazakhstan (33.1 percent) accounted for the largest share of the republic's mutual trade with EAE")).toBe(true);
  });

  it("keeps table rows and the line that introduces them, reads numeric datelines", () => {
    const [article] = cleanRawArticle("Belarus-Vietnam trade\n\nLRT English 2024.03.05 10:24\n\nBelarus and Vietnam discussed trade on Friday, the ministry said.\n\nTrade in 2023:\n- turnover: $112.4 million (+8.1%)\n- exports: $64.2 million\n\nPage 2\n\nShare");
    expect(article!.meta.date).toBe("2024-03-05");
    expect(article!.body.split("\n\n")).toEqual(["Belarus and Vietnam discussed trade on Friday, the ministry said.", "Trade in 2023:", "- turnover: $112.4 million (+8.1%)", "- exports: $64.2 million"]);
  });

  it("keeps a sentence that introduces a list as the body's first line (real copy: news.mail.ru, ru-10 25)", () => {
    const [article] = cleanRawArticle("Торговля между Молдовой и Украиной формально свободная, но фактически асимметричная:\nВ 2025-м товарооборот — около $1,4 млрд.\nИз них импорт из Украины — ~$1,1 млрд, экспорт из Молдовы — ~$299 млн.\nУкраина активно защищает свой рынок:\nАнтидемпинговые пошлины почти 95% на цемент из Молдовы продлены до 2030 г.");
    expect(article!.body.split("\n\n")).toEqual([
      "Торговля между Молдовой и Украиной формально свободная, но фактически асимметричная:",
      "В 2025-м товарооборот — около $1,4 млрд.",
      "Из них импорт из Украины — ~$1,1 млрд, экспорт из Молдовы — ~$299 млн.",
      "Украина активно защищает свой рынок:",
      "Антидемпинговые пошлины почти 95% на цемент из Молдовы продлены до 2030 г.",
    ]);
  });

  it("keeps a list's items, ended by semicolons, as the body's, never as its headline (real copy: moldovalive, batch-21 08)", () => {
    const [article] = cleanRawArticle("Exports – higher by 56%. In which countries did the goods from Moldova arrive?\n\nIn January-September 2022, exports of goods totaled 3,277.6 million US dollars.\n\nThe main destination countries of goods exports were:\n\nRomania (28.5% of total exports);\nUkraine (14.9%);\nLebanon, Austria and Portugal (0.5% each).");
    expect(article!.meta.title).toBe("Exports – higher by 56%.");
    expect(article!.body).toContain("Romania (28.5% of total exports);\n\nUkraine (14.9%);");
  });

  it("keeps the page's last line, cut off mid-sentence, as the body's end (real copy: udf.by, ru-1 10)", () => {
    const [article] = cleanRawArticle("Какой прорыв хочет совершить Лукашенко\n\nПо итогам первых шести месяцев нынешнего года товарооборот с Китаем рухнул на 31,5% и составил 966,6 млн долларов.\n\nПри этом белорусский экспорт сократился на 22,6% и составляет всего 95,2 млн долларов, а отрицательное");
    expect(article!.body.split("\n\n").pop()).toBe("При этом белорусский экспорт сократился на 22,6% и составляет всего 95,2 млн долларов, а отрицательное");
  });

  it("takes no byline for an introduction, nor a last link for a cut-off sentence (real copy: trend.az, ctv.by)", () => {
    const [article] = cleanRawArticle("Increasing trade turnover with Azerbaijan is a priority for Turkey\n\nBy Rufiz Hafizoglu - Trend:\n\nIncreasing trade turnover with Azerbaijan is a priority for Turkey, the ministry told Trend on Monday.\n\nTo leave a comment, log in or register");
    expect(article!.meta.title).toBe("Increasing trade turnover with Azerbaijan is a priority for Turkey");
    expect(article!.body).toBe("Increasing trade turnover with Azerbaijan is a priority for Turkey, the ministry told Trend on Monday.");
  });

  it("drops site furniture: navigation, cookie banner, share buttons, tags, related news, footer", () => {
    const page = [
      "Home | News | Economy | Business",
      "We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
      "Kazakhstan, Uzbekistan trade tops $4 bln",
      "Share on Facebook",
      "Tweet",
      "ASTANA, 12 March 2024 (Kazinform) - Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2023, the bureau said.",
      "Tags: trade, Kazakhstan, Uzbekistan",
      "Related news",
      "Kazakhstan, China trade hits record\nBilateral trade reached $41 billion in 2023, customs said.",
      "© 2024 Kazinform. All rights reserved.",
    ].join("\n\n");
    const [article, ...related] = cleanRawArticle(page);
    expect(article!.meta).toEqual({ title: "Kazakhstan, Uzbekistan trade tops $4 bln", date: "2024-03-12" });
    expect(article!.body).toBe("ASTANA, 12 March 2024 (Kazinform) - Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2023, the bureau said.");
    expect(related.map((a) => a.meta.title)).toEqual(["Kazakhstan, China trade hits record"]);
  });

  it("keeps HTML in the text as text", () => {
    const [article] = cleanRawArticle("Trade news\n\nThe ministry said <script>alert(1)</script> trade grew by a tenth last year.");
    expect(article!.body).toContain("<script>alert(1)</script>");
  });

  it("finds nothing in text without prose", () => {
    expect(cleanRawArticle("Share\n\n.\n\nRecent trends")).toEqual([]);
  });
});

describe("cleanRawArticle on real pages", () => {
  const real = (path: string) => readFileSync(new URL(`../../tests/fixtures/real/${path}`, import.meta.url), "utf8");

  it("reads an archive's date stamp before the text and keeps it out of the body", () => {
    const [a] = cleanRawArticle(real("realnews/articles/24-rt-russia-turkiye-jan-sep-2022.txt"));
    expect(a!.meta.date).toBe("2022-10-23");
    expect(a!.meta.title).toBe("The volume of commerce has doubled in the first nine months of 2022 on an annual basis, a deputy minister has said");
    expect(a!.body).not.toContain("date 2022-10-23");
  });

  it.each([
    ["ru-1/articles/28-belta-belarus-turkey-jan-oct-2023.txt", "2023-11-12"],
    ["batch-9/articles/08-theiranproject-iran-belarus-1396.txt", "2018-10-22"],
  ])("dates %s by its timed stamp, not the site's clock above it", (path, date) => {
    expect(cleanRawArticle(real(path))[0]!.meta.date).toBe(date);
  });

  it("joins wire copy hard-wrapped at a fixed width into paragraphs", () => {
    const [a] = cleanRawArticle(real("batch-2/articles/13-arka-armenia-total-may-2011.txt"));
    expect(a!.body).toContain("Armenia's foreign trade turnover in May this year rose to $474.7 million, or 177.2 billion drams, having increased by 23% compared to May 2010.");
  });

  it("joins a hard-wrapped line that ends on a word no sentence ends on (batch-13 01)", () => {
    const [a] = cleanRawArticle(real("batch-13/articles/01-menafn-tajikistan-china-h1-2025.txt"));
    expect(a!.body).toContain("the bilateral trade turnover between Tajikistan and China experienced a substantial uptick of 37 percent in the first half of 2025, culminating in a total of $1.2 billion.");
  });

  it("keeps a list's rows in Russian copy with no headline ('- Россия - 2,9 миллиарда;')", () => {
    const [a] = cleanRawArticle(real("ru-5/articles/19-zamin-uzbekistan-export-partners-jan-aug-2025.txt"));
    expect(a!.body).toContain("(в долларах США):\n\n- Россия - 2,9 миллиарда;\n\n- Китай - 1,2 миллиарда;");
  });

  it("joins a decimal the page broke across paragraphs ('$2.' / '6 billion of which were exports', batch-15 25)", () => {
    const [a] = cleanRawArticle(real("batch-15/articles/25-urdupoint-ukraine-turkey-2019.txt"));
    expect(a!.body).toContain("amounted to $4.9 billion, $2.6 billion of which were exports, and $2.3 billion were imports");
  });

  it("keeps the last paragraph of a page cut off mid-sentence", () => {
    const [a] = cleanRawArticle(real("batch-1/articles/36-belarusby-belarus-turkiye-jan-jul-2023.txt"));
    expect(a!.body.endsWith("In 2022, Belarus-Türkiye trade exceeded $1 billion. In January-July 2023, it came close to $675 million")).toBe(true);
  });
});
