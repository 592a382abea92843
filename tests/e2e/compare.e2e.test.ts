import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BASE_URL, closeBrowser, openPage } from "./browser";
import { seriousViolations } from "./pages";

afterAll(closeBrowser);

// A third pair in USD beside Belarus–Georgia and Armenia–Georgia, through the ingest CLI.
const AZERBAIJAN = `Georgia and Azerbaijan: trade in 2022

February 2, 2023

In 2022, trade turnover between Georgia and Azerbaijan reached USD 7.2 billion, the statistics office said.
`;
const COMPARE = "/compare?pair=georgia:belarus&pair=georgia:armenia&pair=georgia:azerbaijan&metric=turnover";

beforeAll(() => {
  const file = join(inject("corpusDir"), "georgia-azerbaijan.txt");
  writeFileSync(file, AZERBAIJAN);
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", file], { encoding: "utf8", env: { ...process.env, TRADECITE_DATA_DIR: inject("corpusDir") } });
  expect(result.status, result.stderr).toBe(0);
}, 120_000);

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

describe("comparing pairs", () => {
  it("draws three pairs on one chart, in three colours, with every figure in the table linked to its source", async () => {
    const { page, errors, close } = await openPage(COMPARE);
    await page.waitForSelector("#compare-chart svg.recharts-surface");
    const drawn = await page.$$eval("#compare-chart a[data-pair]", (marks) => [...new Set(marks.map((m) => m.getAttribute("data-pair")))]);
    expect(drawn).toEqual(["georgia:belarus", "georgia:armenia", "georgia:azerbaijan"]);
    const strokes = await page.$$eval("#compare-chart .recharts-line path", (paths) => new Set(paths.map((p) => getComputedStyle(p).stroke)).size);
    expect(strokes).toBe(3);
    const legend = await page.locator('[data-testid="compare-legend"] li').allTextContents();
    expect(legend.map((l) => l.replace(/ \(.*\)$/, ""))).toEqual(["Georgia – Belarus", "Georgia – Armenia", "Georgia – Azerbaijan"]);
    expect(legend[2]).toBe("Georgia – Azerbaijan (1 figure)");
    const azerbaijan = page.locator('[data-testid="compare-table"] tr[data-pair="georgia:azerbaijan"]');
    expect(await azerbaijan.innerText()).toContain("USD 7.2 billion");
    await azerbaijan.getByRole("link").click();
    await page.waitForURL(/\/pairs\/georgia\/azerbaijan\?figure=turnover-2022-/);
    expect(await page.locator("mark").first().textContent()).toBe("USD 7.2 billion");
    expect(errors).toEqual([]);
    await close();
  });

  it("downloads what it draws: the CSV of the three pairs and the chart as PNG and SVG with the pairs and the source line", async () => {
    const { page, close } = await openPage(COMPARE);
    await page.waitForSelector("#compare-chart svg.recharts-surface");
    const csv = (await download(page, () => page.getByRole("link", { name: "Download these figures (CSV)" }).click())).bytes.toString("utf8");
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => `${r.reporter}-${r.partner}`))).toEqual(new Set(["GEO-BLR", "GEO-ARM", "GEO-AZE"]));
    expect(rows.every((r) => r.metric === "turnover")).toBe(true);
    const svg = await download(page, () => page.getByRole("button", { name: "Chart as SVG" }).click());
    expect(svg.file.suggestedFilename()).toBe("tradecite-compare-turnover.svg");
    const text = svg.bytes.toString("utf8");
    for (const name of ["Georgia – Belarus", "Georgia – Armenia", "Georgia – Azerbaijan", "Sources:"]) expect(text).toContain(name);
    const png = await download(page, () => page.getByRole("button", { name: "Chart as PNG" }).click());
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    await close();
  });

  it("switches to a log scale, where the values span two orders of magnitude, and back", async () => {
    const { page, close } = await openPage(COMPARE);
    await page.waitForSelector("#compare-chart svg.recharts-surface");
    const ticks = () => page.$$eval("#compare-chart .recharts-yAxis-tick-labels text", (t) => t.map((e) => e.textContent));
    const linear = await ticks();
    await page.getByLabel("Log scale").check();
    await page.waitForSelector('#compare-chart[data-scale="log"]');
    const log = await ticks();
    expect(log).not.toEqual(linear);
    expect(log).toContain("100M");
    await page.getByLabel("Log scale").uncheck();
    await page.waitForSelector('#compare-chart[data-scale="linear"]');
    expect(await ticks()).toEqual(linear);
    await close();
  });

  it("is chosen with its form, and says what is wrong with a bad URL", async () => {
    const { page, close } = await openPage("/compare");
    await page.selectOption('select[name="pair"]', ["armenia:georgia", "belarus:georgia"]);
    await page.selectOption('select[name="metric"]', "turnover");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/\/compare\?pair=/);
    expect(await page.$$eval('[data-testid="compare-legend"] li', (l) => l.length)).toBe(2);
    await page.goto(`${BASE_URL}/compare?pair=georgia:atlantis`);
    expect(await page.locator('main [role="alert"]').textContent()).toBe("Cannot compare: pair 'georgia:atlantis': no country 'atlantis'.");
    const api = await fetch(`${BASE_URL}/api/compare.csv?pair=<script>`);
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: "pair '<script>': expected two country slugs joined by ':', as in belarus:russia", parameter: "pair" });
    await close();
  });

  it.each([["light", 1280], ["dark", 375]] as const)("has no serious accessibility violation and fits the screen (%s, %i px)", async (colorScheme, width) => {
    const { page, close } = await openPage(COMPARE, { colorScheme, width });
    await page.waitForSelector("#compare-chart svg.recharts-surface");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await close();
  });
});
