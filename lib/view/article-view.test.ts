import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/schema";
import { excerptFor, segmentArticle } from "@/lib/view/article-view";

const body = "Trade grew. In 2014, it totalled USD 64.18 million. That was all.\n\nA second paragraph <script>alert(1)</script>.";
const article: Article = {
  id: "a",
  title: "Title",
  date: "2016-04-22",
  author: "A. Writer",
  publisher: "Pub",
  body,
  sentences: [
    { index: 0, start: 0, end: 11, paragraph: 0 },
    { index: 1, start: 12, end: 51, paragraph: 0 },
    { index: 2, start: 52, end: 65, paragraph: 0 },
    { index: 3, start: 67, end: body.length, paragraph: 1 },
  ],
};
const span: [number, number] = [body.indexOf("USD"), body.indexOf("USD") + "USD 64.18 million".length];

describe("excerptFor", () => {
  it("cuts the paragraph around the sentence and the number", () => {
    expect(excerptFor(article, 1, span)).toEqual({
      articleId: "a",
      title: "Title",
      date: "2016-04-22",
      author: "A. Writer",
      publisher: "Pub",
      url: null,
      sentenceIndex: 1,
      before: "Trade grew. ",
      lead: "In 2014, it totalled ",
      number: "USD 64.18 million",
      tail: ".",
      after: " That was all.",
    });
  });

  it("is undefined for an unknown sentence or a span outside it", () => {
    expect(excerptFor(article, 9, span)).toBeUndefined();
    expect(excerptFor(article, 0, span)).toBeUndefined();
  });
});

describe("segmentArticle", () => {
  const paragraphs = segmentArticle(article, [{ figureId: "f1", span, href: "/pairs/belarus/georgia?figure=f1" }]);

  it("keeps every paragraph's text, sentence by sentence, with the figure as a link", () => {
    expect(paragraphs.map((p) => p.map((piece) => piece.parts.map((part) => part.text).join("")).join(""))).toEqual([
      "Trade grew. In 2014, it totalled USD 64.18 million. That was all.",
      "A second paragraph <script>alert(1)</script>.",
    ]);
    expect(paragraphs[0]?.map((p) => p.sentenceIndex)).toEqual([0, null, 1, null, 2]);
    expect(paragraphs[0]?.[2]?.parts).toEqual([
      { text: "In 2014, it totalled " },
      { text: "USD 64.18 million", figureId: "f1", href: "/pairs/belarus/georgia?figure=f1" },
      { text: "." },
    ]);
  });

  it("drops a link whose span crosses a sentence boundary", () => {
    const crossing = segmentArticle(article, [{ figureId: "x", span: [5, 20], href: "/x" }]);
    expect(crossing.flat().flatMap((p) => p.parts).some((part) => part.figureId)).toBe(false);
  });
});
