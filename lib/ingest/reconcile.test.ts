import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleFile } from "@/lib/ingest/article-file";
import { figureText } from "@/lib/extract/figure-id";
import { reconcileFigures, type TextedFigure } from "@/lib/ingest/reconcile";
import { processArticle } from "@/lib/extract/pipeline";

const MINSK = "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations";
const SEED = readFileSync(join(import.meta.dirname, "..", "..", "tests", "fixtures", "seeds", "articles", `${MINSK}.md`), "utf8");

/** The seed article's figures, as the pipeline reads them from `text`, with their texts. */
function figuresOf(text: string): TextedFigure[] {
  const { meta, body } = parseArticleFile(text);
  const { article, figures } = processArticle({ id: MINSK, ...meta, body });
  return figures.map((f) => ({ ...f, sentenceText: figureText(f, article).sentence, numberText: figureText(f, article).number }));
}

describe("reconcileFigures on the seed article", () => {
  const before = figuresOf(SEED);
  const summary = (r: ReturnType<typeof reconcileFigures>) => ({ gained: r.gained.length, changed: r.changed.length, aliased: r.aliased.length, withdrawn: r.withdrawn.length });

  it("finds nothing to do when the article reads the same", () => {
    expect(summary(reconcileFigures(before, figuresOf(SEED)))).toEqual({ gained: 0, changed: 0, aliased: 0, withdrawn: 0 });
  });

  it("keeps every id when only another paragraph changes (offsets move, sentences do not)", () => {
    const after = figuresOf(SEED.replace("During the visit,", "During the long-awaited visit,"));
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after.map((f) => f.span)).not.toEqual(before.map((f) => f.span));
  });

  it("aliases the figures of an edited sentence to the same claims", () => {
    const r = reconcileFigures(before, figuresOf(SEED.replace("In 2014, it totalled", "(Reuters) In 2014, it totalled")));
    expect(summary(r)).toEqual({ gained: 0, changed: 0, aliased: 2, withdrawn: 0 });
    expect(r.aliased.every((a) => a.reason.startsWith("the same claim"))).toBe(true);
  });

  it("withdraws a figure whose number is gone and gains the new one", () => {
    const r = reconcileFigures(before, figuresOf(SEED.replace("USD 64.18 million", "USD 99.99 million")));
    expect(summary(r)).toEqual({ gained: 1, changed: 0, aliased: 1, withdrawn: 1 });
    expect(r.withdrawn[0]!.figure.numberText).toBe("USD 64.18 million");
    expect(r.gained[0]!.numberText).toBe("USD 99.99 million");
  });

  it("keeps the id of a figure read anew from the same number, and reports the change", () => {
    const after = before.map((f) => (f.metric === "balance" ? { ...f, value: f.value * 2 } : f));
    const r = reconcileFigures(before, after);
    expect(summary(r)).toEqual({ gained: 0, changed: 1, aliased: 0, withdrawn: 0 });
  });

  it("aliases a figure whose reading changed its id to the figure read from the same number", () => {
    const balance = before.find((f) => f.metric === "balance")!;
    const after = before.map((f) => (f === balance ? { ...f, id: "balance-2012-0000000000", period: "2012" } : f));
    expect(reconcileFigures(before, after).aliased).toEqual([{ oldId: balance.id, newId: "balance-2012-0000000000", reason: "the same number, read anew" }]);
  });
});
