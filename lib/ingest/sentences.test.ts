import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/ingest/sentences";

const texts = (body: string) => splitSentences(body).map((s) => body.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["Mr. Popescu spoke. Trade grew.", ["Mr. Popescu spoke.", "Trade grew."]],
    ["The U.S. Treasury agreed. Then it stopped.", ["The U.S. Treasury agreed.", "Then it stopped."]],
    ["Data for Jan. 5 show growth. Exports rose.", ["Data for Jan. 5 show growth.", "Exports rose."]],
    ["See p. 4 of the report. It says more.", ["See p. 4 of the report.", "It says more."]],
    ["It totalled USD 64.18 million. The two countries agreed.", ["It totalled USD 64.18 million.", "The two countries agreed."]],
    ["“We are realists,” he said. “Otherwise, I would not have come”. Then he left.", ["“We are realists,” he said.", "“Otherwise, I would not have come”.", "Then he left."]],
    ["A. Lukashenko met V. Putin. They talked.", ["A. Lukashenko met V. Putin.", "They talked."]],
    ["Did it work? Yes! It did.", ["Did it work?", "Yes!", "It did."]],
    // A table's rows are sentences of their own, below the prose of its caption (batch-1 14).
    ["Trade (expressed in millions of US$): Belarus\nexports Imports\n1994 2510 3066\n1995 4706 5562", ["Trade (expressed in millions of US$): Belarus\nexports Imports", "1994 2510 3066", "1995 4706 5562"]],
    ["Exports reached $1.5 bln. Imports fell.", ["Exports reached $1.5 bln.", "Imports fell."]],
    ["Trade rose to $190.271 billion.Meanwhile, trade with the US fell.", ["Trade rose to $190.271 billion.", "Meanwhile, trade with the US fell."]],
    ["the Central Bank reported in its review for the month.In May 2019, the deficit narrowed.", ["the Central Bank reported in its review for the month.", "In May 2019, the deficit narrowed."]],
    // Real copy: forum.md 2006 (ru-8 15).
    ["больше, чем в январе-апреле 2005 года.В апреле 2006 года экспорт составил 62,1 млн. долларов США.", ["больше, чем в январе-апреле 2005 года.", "В апреле 2006 года экспорт составил 62,1 млн. долларов США."]],
    ["See www.site.Com for more.", ["See www.site.Com for more."]],
    // Russian copy (BelTA's style): abbreviations and initials end no sentence.
    ["В 2014 г. товарооборот составил 64,18 млн. долларов США, т.е. меньше. Об этом сообщил А. Лукашенко.", ["В 2014 г. товарооборот составил 64,18 млн. долларов США, т.е. меньше.", "Об этом сообщил А. Лукашенко."]],
    ["Завод им. Ленина в г. Минске экспортировал на $1 млрд. Импорт вырос в 2014 г. Экспорт упал.", ["Завод им. Ленина в г. Минске экспортировал на $1 млрд.", "Импорт вырос в 2014 г.", "Экспорт упал."]],
    // An amount in two scales goes on after the larger one's dot (real copy: ru-2 09, ru-1 02).
    ["Товарооборот составил $2 млрд. 842 млн. В 2007 г. он был меньше.", ["Товарооборот составил $2 млрд. 842 млн.", "В 2007 г. он был меньше."]],
    ["Сальдо сложилось в размере 2 млрд. 97,7 млн. долларов. Экспорт вырос на $1 млрд. 2008 год был удачным.", ["Сальдо сложилось в размере 2 млрд. 97,7 млн. долларов.", "Экспорт вырос на $1 млрд.", "2008 год был удачным."]],
    ["Russia posted a trade surplus of 42. 5 billion dollars for the first two months of 2012. 5 companies left.", ["Russia posted a trade surplus of 42. 5 billion dollars for the first two months of 2012.", "5 companies left."]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it("gives offsets into the body and paragraph numbers, never spanning paragraphs", () => {
    const body = "First one. Second one.\n\nThird one without a stop\n\nFourth.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [body.slice(s.start, s.end), s.paragraph, s.index])).toEqual([
      ["First one.", 0, 0],
      ["Second one.", 0, 1],
      ["Third one without a stop", 1, 2],
      ["Fourth.", 2, 3],
    ]);
  });

  it("reads a run of 100,000 full stops once, whatever follows it", () => {
    // Tried from every mark of the run, this took about 20 s and outran the test's time limit.
    const body = `Trade grew in 2014. ${".".repeat(100_000)} next words. And more.`;
    expect(texts(body).map((t) => [t.slice(0, 12), t.length])).toEqual([["Trade grew i", 100_032], ["And more.", 9]]);
  });

  it("returns nothing for an empty body", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("\n\n  \n")).toEqual([]);
  });
});
