import { describe, expect, it } from "vitest";
import { glossText } from "@/lib/extract/gloss";
import { LEXICON_RU } from "@/lib/extract/lexicon-ru";
import type { AmountExplanation } from "@/lib/extract";
import { processArticle } from "@/lib/extract/pipeline";

describe("reading Russian through its lexicon", () => {
  it("glosses a sentence word by word, and maps each glossed word back to the Russian it stands for", () => {
    const text = "Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд.";
    const gloss = glossText(text, LEXICON_RU);
    expect(gloss.text).toBe("trade turnover between Belarus and Lithuania in 2011  amounted to more than $1 billion");
    const at = gloss.text.indexOf("$1 billion");
    expect(text.slice(gloss.toSource(at, "start"), gloss.toSource(at + "$1 billion".length, "end"))).toBe("$1 млрд.");
    expect(gloss.fromSource(text.indexOf("Литвой"))).toBe(gloss.text.indexOf("Lithuania"));
  });

  it("reads a decimal comma as a point, and leaves words it does not know as they are", () => {
    expect(glossText("составил 64,18 млн долларов США, сообщил источник", LEXICON_RU).text).toBe("amounted to 64.18 million dollars, сообщил источник");
  });

  it("drops a numeral's case ending after its digits, and reads 'долл' without its dot", () => {
    expect(glossText("5-ти миллиардов долларов достиг товарооборот", LEXICON_RU).text).toBe("5 billion dollars reached trade turnover");
    expect(glossText("в размере 3 млрд. 262,2 млн. долл", LEXICON_RU).text).toBe("of 3 billion 262.2 million dollars");
  });

  it("reads 'на' before an amount as a change after a word of change, else as what the goods were worth (ru-4 09, ru-2 03, ru-4 18)", () => {
    expect(glossText("что по сравнению с 2023 годом больше на $200 миллионов", LEXICON_RU).text).toContain("more than by $200 million");
    expect(glossText("увеличился по сравнению с аналогичным периодом прошлого года на 136,5 миллиона долларов", LEXICON_RU).text).toContain("by 136.5 million dollars");
    expect(glossText("экспортировал в Россию на $4,88 млрд", LEXICON_RU).text).toBe("exports to Russia worth $4.88 billion");
  });

  it.each([
    ["Экспорт Кореи в Россию сократился после начала войны в Украине", "exports South Korea to Russia decreased после начала войны in Ukraine"],
    ["поставки в Грузию и в Грузии", "supplies to Georgia and in Georgia"],
    ["экспорт в Объединенные Арабские Эмираты", "exports to the UAE"],
  ])("reads 'в' before a place in the prepositional case as where, else as where to (ru-9 18): %s", (text, english) => {
    expect(glossText(text, LEXICON_RU).text).toBe(english);
  });

  it.each([
    // Real copy: moy.by 2012 (ru-10 01), rcc 2025 (ru-10 21), newsmail 2025 (ru-10 25).
    ["из российской нефти", "from Russian oil"],
    ["Государственная таможенная служба Украины", "Государственная таможенная служба Ukraine"],
    ["в 2025-м товарооборот", "in 2025 trade turnover"],
    ["Больше всего товаров Украина закупает в Китае", "most товаров Ukraine bought from China"],
    ["Наибольшие продажи пришлись на Польшу", "Наибольшие sales to Poland"],
    ["до $3,95 млрд с $4,22 млрд месяцем ранее", "to $3.95 billion from $4.22 billion a month earlier"],
    ["с $3,79 млрд в июне до $3,93 млрд", "from $3.79 billion in June to $3.93 billion"],
    // Real copy: civil.ge 2022 (ru-8 12), apostrophe 2016 (ru-1 11): a partner with its amount, a year since.
    ["партнером Грузии с 615,6 млн долларов", "partners of Georgia with 615.6 million dollars"],
    ["с 2009 года", "with 2009 "],
    ["По данным Белстата", "По данным the Belarusian statistics office"],
    // Real copy: eurointegration 2014 (ru-10 06), rcc 2025 (ru-10 21): halves and goods by name.
    ["В первой половине 2014 года", "in the first half 2014 "],
    ["Объем экспорта автомобилей и автозапчастей", "Объем exports cars"],
    ["Поставка оборудования", "supplies equipment"],
    ["Экспорт продуктов питания и кормов", "exports food and кормов"],
    ["продукция машиностроения", "продукция machinery"],
    // A country's adjective is no name of it, in any case (real copy: zelv.ru 2018, ru-10 19).
    ["по данным украинской статистики", "по данным Ukrainian статистики"],
    ["китайской таможни и Китая", "Chinese таможни and China"],
    ["израильской и корейской сторон", "Israeli and South Korean сторон"],
    ["экспорт товаров в страны Европейского союза и импорт из государств ЕС", "exports товаров to the European Union and imports from the European Union"],
    ["в том числе в страны ЕС", "including to the European Union"],
    // Real copy: yerzemin 2023 (ru-10 14), rambler 2018 (ru-10 18), bfm 2024 (ru-10 23).
    ["Поставки голубого топлива", "supplies gas"],
    ["Разница между объемами импорта и экспорта составляет $3,1 млрд", "trade balance amounted to $3.1 billion"],
    ["до 1,43 трлн иен", "to 1.43 trillion yen"],
    // Real copy: civil.ge 2022 (ru-11 15), theworldnews 2023 (ru-11 11).
    ["по сравнению с соответствующим периодом предыдущего года", "compared with the same period last year"],
    ["о взаимной торговле за 2022-й, но", "о mutual trade in 2022, но"],
    // Real copy: newssmi24 2024 (ru-11 24), koru 2023 (ru-11 20).
    ["КНР поставила на Украину товаров на $2,028 млрд, тогда как закупила продукции на $3,198 млрд", "China supplies to Ukraine товаров worth $2.028 billion, тогда как bought goods worth $3.198 billion"],
    ["Украина отправила в Китай товаров на $421,140 млн", "Ukraine shipped to China товаров worth $421.140 million"],
    ["объем обоюдной торговли", "объем mutual trade"],
    // Real copy: rup.kz 2013 (ru-12 12): goods traded "на" an amount are worth it; a change "на" an amount is by it.
    ["Латвия экспортировала товаров на 6,409 млрд евро, Литва - на 15,997 млрд евро", "Latvia exports товаров worth 6.409 billion euros, Lithuania - worth 15.997 billion euros"],
    ["товарооборот вырос на 5,2 млрд", "trade turnover increased by 5.2 billion"],
  ])("reads %s as the English of what it says", (text, english) => {
    expect(glossText(text, LEXICON_RU).text).toBe(english);
  });

  it("matches whole words only: 'Индекс' is no India, 'целом' no goal", () => {
    expect(glossText("Индекс в целом", LEXICON_RU).text).toBe("Индекс to целом");
  });
});

describe("figures of a Russian article", () => {
  const article = (body: string) => processArticle({ id: "ru", title: "Товарооборот", date: "2012-02-10", body });

  it("finds them with the one grammar, placed on the Russian number as written (real copy: belarus.kz, 2012)", () => {
    const { article: read, figures } = article("Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд. Экспорт Беларуси в Литву в 2011 году составил $657,3 млн.");
    expect(figures.map((f) => [f.metric, f.reporter, f.partner, f.period, f.value, f.currency, f.qualifier, read.body.slice(f.span[0], f.span[1])])).toEqual([
      ["turnover", "BLR", "LTU", "2011", 1e9, "USD", "more_than", "$1 млрд."],
      ["exports", "BLR", "LTU", "2011", 657.3e6, "USD", "exact", "$657,3 млн."],
    ]);
    // Ids hash the Russian sentence and number: a permalink names what the article says.
    expect(figures[0]!.id).toMatch(/^turnover-2011-[0-9a-f]{10}$/);
  });

  it.each([
    // Real copy: belarus.kz 2011 (ru-1 04), ehonews 2022 (ru-1 24).
    ["в 2009 году товарооборот между Беларусью и Литвой составлял 565,6 $ млн.", "565,6 $ млн.", 565.6e6],
    ["в 2011 году товарооборот между Беларусью и Литвой был более одного миллиарда долларов", "одного миллиарда долларов", 1e9],
    ["в 2011 году товарооборот между Беларусью и Литвой достиг порядка семисот миллионов долларов", "семисот миллионов долларов", 700e6],
    ["в 2011 году товарооборот между Беларусью и Литвой составил полтора миллиарда долларов", "полтора миллиарда долларов", 1.5e9],
    // Real copy: civil.ge, 2021 (ru-4 16).
    ["Внешнеторговый оборот Грузии в 2011 году составил 12,83 миллиарда лари", "12,83 миллиарда лари", 12.83e9],
    // Real copy: eadaily, 2023 (ru-8 14).
    ["В январе — июне 2023 года экспорт Азербайджана во Францию составил 126 млн 747 тыс. долларов", "126 млн 747 тыс. долларов", 126.747e6],
    // Real copy: openmarket, 2003 (ru-12 01): four parts, the last without a scale.
    ["Товарооборот Белоруссии с Россией в первом квартале 2003 года составил 2 млрд 688 млн 360 тыс 900 долларов", "2 млрд 688 млн 360 тыс 900 долларов", 2688360900],
  ])("reads an amount written as %s", (body, text, value) => {
    const { article: read, figures } = article(body);
    expect(figures.map((f) => [read.body.slice(f.span[0], f.span[1]), f.value])).toEqual([[text, value]]);
  });

  it("reads a list of a country's partners, 'соответственно' and 'а' (real copy: kursiv.kz, 2021)", () => {
    const { figures } = processArticle({ id: "ru", title: "Китай стал крупнейшим торговым партнером Узбекистана", date: "2021-01-20", body: "По итогам 2020 года внешнеторговый оборот Узбекистана с Китаем составил $6,4 млрд. В пятерку крупнейших торговых партнеров РУз также вошли Россия ($5,6 млрд), Казахстан ($3 млрд). Товарооборот с Кыргызстаном и Германией составил $903,2 млн и $829,0 млн соответственно, а с соседним Афганистаном – $776,9 млн." });
    expect(figures.map((f) => [f.reporter, f.partner, f.value])).toEqual([
      ["UZB", "CHN", 6.4e9], ["UZB", "RUS", 5.6e9], ["UZB", "KAZ", 3e9], ["UZB", "KGZ", 903.2e6], ["UZB", "DEU", 829e6], ["UZB", "AFG", 776.9e6],
    ]);
  });

  it("leaves a year in brackets with an amount of their own to that amount (real copy: belarus.kz, 2011)", () => {
    const { figures } = article("Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд. Сальдо для Беларуси сложилось положительное в размере $415,7 млн. (в 2010 году положительное сальдо составило $178,5 млн.).");
    expect(figures.filter((f) => f.metric === "balance").map((f) => [f.period, f.value])).toEqual([["2011", 415.7e6], ["2010", 178.5e6]]);
  });

  it("reads 'отрицательный торговый баланс' as a deficit and 'за первые полгода' as the first half (real copy: 1tv.ge 2023, newsland 2018: ru-8 11, 13)", () => {
    const deficit = article("Отрицательный торговый баланс Грузии в январе-марте 2023 года составил 1 миллиард 860,6 миллиона долларов.").figures;
    expect(deficit.map((f) => [f.metric, f.reporter, f.partner, f.period, f.value])).toEqual([["balance", "GEO", "WLD", "2023-01/2023-03", -1.8606e9]]);
    const half = article("Как сообщает Госстат, экспорт украинских товаров в Россию за первые полгода 2018-го составил $1,8 млрд.").figures;
    expect(half.map((f) => [f.metric, f.reporter, f.partner, f.period, f.value])).toEqual([["exports", "UKR", "RUS", "2018-01/2018-06", 1.8e9]]);
  });

  it("knows the farther partners by their Russian names (real copy: sputnik.by 2015, ru-8 05)", () => {
    const { figures } = article("Товарооборот между Беларусью и Эквадором в 2014 году составил \"скромные\" 36,5 миллиона долларов.");
    expect(figures.map((f) => [f.reporter, f.partner, f.value])).toEqual([["BLR", "ECU", 36.5e6]]);
  });

  it("reads no amount from the last word of a longer count ('двести пятьдесят миллионов')", () => {
    expect(article("в 2011 году товарооборот между Беларусью и Литвой составил двести пятьдесят миллионов долларов").figures).toEqual([]);
  });

  it("explains an amount on the Russian words it was read from", () => {
    const notes: AmountExplanation[] = [];
    const { figures } = processArticle({ id: "ru", title: "Товарооборот", date: "2012-02-10", body: "Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд." }, notes);
    expect(notes.map((n) => [n.amount, n.figureId])).toEqual([["$1 млрд.", figures[0]!.id]]);
  });

  it("reads 'в январе–сентябре этого года' from the article's date", () => {
    const { figures } = processArticle({ id: "ru", title: "Торговля", date: "2013-10-20", body: "В январе-сентябре этого года товарооборот Беларуси и Азербайджана достиг 216 млн долларов." });
    expect(figures.map((f) => [f.metric, f.period, f.value])).toEqual([["turnover", "2013-01/2013-09", 216e6]]);
  });
});
