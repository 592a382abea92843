import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusError, getArticle, getCorpus, getFigure } from "@/lib/corpus";

const SEED_ARTICLES = [
  "belarusian-and-ukrainian-defence-ministries-entangle-in-confrontation-spiral.md",
  "can-belarus-revive-its-multi-vector-foreign-policy.md",
  "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations.md",
];
const dirs: string[] = [];
function corpusWith(files: Record<string, string | Buffer>, withSeeds = false): string {
  const dir = mkdtempSync(join(tmpdir(), "tradecite-corpus-"));
  dirs.push(dir);
  mkdirSync(join(dir, "articles"));
  // The seed articles by name: an article a user has added to data/articles is not the seeds.
  if (withSeeds) for (const seed of SEED_ARTICLES) cpSync(join(import.meta.dirname, "..", "data", "articles", seed), join(dir, "articles", seed));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "articles", name), content);
  process.env.TRADECITE_DATA_DIR = dir;
  return dir;
}
afterEach(() => {
  delete process.env.TRADECITE_DATA_DIR;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("getCorpus", () => {
  it("reads the seed corpus: three articles, four figures, newest first", () => {
    corpusWith({}, true);
    const { articles, figures } = getCorpus();
    expect(articles.map((a) => a.date)).toEqual(["2023-01-09", "2017-10-02", "2016-04-22"]);
    expect(figures.map((f) => [f.metric, f.period, f.value])).toEqual([
      ["turnover", "2014", 64180000],
      ["share", "2014", 0.1],
      ["turnover", "2011", 300000000],
      ["balance", "2011", -237100000],
    ]);
    expect(getFigure(figures[0]!.id)?.value).toBe(64180000);
    expect(getArticle("no-such-article")).toBeUndefined();
  });

  it.each([
    ["a file name that is not a slug", { "Not A Slug.md": "---\ntitle: T\n---\nBody." }, "lowercase slug"],
    ["broken front matter", { "broken.md": "---\ntitle: [oops\n---\nBody." }, "front matter"],
    ["a binary file", { "binary.md": Buffer.from([0, 1, 2, 3]) }, "binary"],
  ])("stops with a message naming the file for %s", (_, files, reason) => {
    corpusWith(files as Record<string, string | Buffer>);
    expect(() => getCorpus()).toThrow(CorpusError);
    expect(() => getCorpus()).toThrow(new RegExp(`${Object.keys(files)[0]!.replace(/ /g, " ")}.*${reason}`));
  });
});
