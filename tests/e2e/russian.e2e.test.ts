import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BASE_URL, closeBrowser, openPage } from "./browser";
import { readSourcePanel, seriousViolations } from "./pages";

afterAll(closeBrowser);

// A real Russian article (belarus.kz, 2012: tests/fixtures/real/ru-1), with its URL on a line of its own, as a raw page is ingested.
const URL_LINE = "http://belarus.kz/print/aktueller/10-/358/11304";
const RAW = `${URL_LINE}\n\n${readFileSync(join(import.meta.dirname, "..", "fixtures", "real", "ru-1", "articles", "04-belaruskz-belarus-lithuania-2011.txt"), "utf8")}`;
const SENTENCE = "Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд.";
let articleId = "";

beforeAll(() => {
  const file = join(inject("corpusDir"), "belarus-lithuania-ru.txt");
  writeFileSync(file, RAW);
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", file], { encoding: "utf8", env: { ...process.env, TRADECITE_DATA_DIR: inject("corpusDir") } });
  expect(result.status, result.stderr).toBe(0);
  articleId = /→ ([a-z0-9-]+) \(/.exec(result.stdout)?.[1] ?? "";
}, 120_000);

describe("a Russian article", () => {
  it("is stored under a transliterated slug and read as written, in Russian, each figure marked", async () => {
    expect(articleId).toMatch(/^tovarooborot-mezhdu-belarusyu-i-litvoy-v-2011-godu/);
    const { page, errors, close } = await openPage(`/articles/${articleId}`);
    expect(await page.locator("h1").getAttribute("lang")).toBe("ru");
    expect(await page.locator('[lang="ru"] a[data-figure-id]').first().textContent()).toBe("$1 млрд.");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("has its figure on the pair page, selected, with the Russian sentence; its citation quotes it and says ru; the link to the sentence encodes its Cyrillic", async () => {
    const pair = (await (await fetch(`${BASE_URL}/api/pairs/belarus/lithuania`)).json()) as { figures: Array<{ id: string; metric: string; period: string; value: number }> };
    const figure = pair.figures.find((f) => f.metric === "turnover" && f.period === "2011" && f.value === 1e9)!;
    expect(figure).toBeDefined();
    const { page, context, close } = await openPage(`/pairs/belarus/lithuania?figure=${figure.id}`);
    const panel = await readSourcePanel(page, figure.id);
    expect(panel.sentences.join(" ")).toContain(SENTENCE);
    expect(await page.locator('[data-testid="source-paragraph"]').getAttribute("lang")).toBe("ru");
    expect(await page.locator('[data-testid="sentence-reading"]').textContent()).toBe("In English, what it states: turnover, Belarus–Lithuania, 2011: more than USD 1 billion");
    const link = await page.locator('[data-testid="sentence-at-source"]').getAttribute("href");
    expect(link?.startsWith(`${URL_LINE}#:~:text=%D0%A2%D0%BE%D0%B2%D0%B0%D1%80%D0%BE%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D1%82`)).toBe(true);
    expect(decodeURIComponent(link!.split("#:~:text=")[1]!)).toBe(SENTENCE);

    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
    await page.getByRole("button", { name: "Cite turnover 2011" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Cite this figure" });
    await dialog.getByRole("button", { name: "Copy BibTeX" }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toContain("Copied");
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toContain("  language = {ru}");
    expect(bibtex).toContain(`Quote: \`\`${SENTENCE.replace("$", "\\$")}''`);
    expect(bibtex).toContain(`url = {${link}}`);
    await close();
  });
});
