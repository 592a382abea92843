import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeConfidence, formatConfidence, UNCONFIRMED_LEGEND } from "@/lib/view/confidence-display";
import { BASE_URL, closeBrowser, openPage } from "./browser";
import { readRows } from "./pages";

type ApiFigure = { id: string; confidence: number; confirmed: boolean; derived: boolean; sources: Array<{ articleId: string }> };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as T;
}

/**
 * The pair page the tests run on and its figures as the JSON API reports them. Confidences are
 * the extractor's, so the tests take them from the API rather than assume any: the pair is the
 * one holding the doubtful article's figure (global-setup DOUBTFUL_RAW) if that figure is
 * unconfirmed, else any pair with an unconfirmed figure.
 */
let pairPath = "";
let figures: ApiFigure[] = [];

beforeAll(async () => {
  const { pairs } = await getJson<{ pairs: Array<{ page: string; json: string }> }>(`${BASE_URL}/api/pairs`);
  const withUnconfirmed: Array<{ path: string; figures: ApiFigure[] }> = [];
  for (const pair of pairs) {
    const body = await getJson<{ figures: ApiFigure[] }>(pair.json);
    if (body.figures.some((f) => !f.confirmed)) withUnconfirmed.push({ path: new URL(pair.page).pathname, figures: body.figures });
  }
  const doubtful = inject("doubtfulArticleId");
  const chosen = withUnconfirmed.find((p) => p.figures.some((f) => !f.confirmed && f.sources.some((s) => s.articleId === doubtful))) ?? withUnconfirmed[0];
  if (!chosen) throw new Error("the e2e corpus has no figure below CONFIRMED_CONFIDENCE; make DOUBTFUL_RAW in global-setup.ts more doubtful");
  pairPath = chosen.path;
  figures = chosen.figures;
});

afterAll(closeBrowser);

const idsOf = (list: ApiFigure[]) => list.map((f) => f.id).sort();
const tableIds = async (page: Page) => (await readRows(page)).map((r) => r.id).sort();
const chartIds = async (page: Page, selector: string) => (await page.$$eval(`[data-testid="pair-chart"] ${selector}`, (els) => els.map((el) => el.getAttribute("data-figure-id") ?? ""))).sort();

describe("unconfirmed figures on the pair page", () => {
  it("says 'unconfirmed' with the confidence in the rows below the threshold, and only there", async () => {
    const { page, close } = await openPage(pairPath);
    const rows = await readRows(page);
    expect(rows.map((r) => r.id).sort()).toEqual(idsOf(figures));
    for (const row of rows) {
      const figure = figures.find((f) => f.id === row.id)!;
      expect(row.confidence, row.id).toBe(`${formatConfidence(figure.confidence)}${figure.confirmed ? "" : " unconfirmed"}`);
      expect(await page.getAttribute(`tr[data-figure-id="${row.id}"]`, "data-unconfirmed"), row.id).toBe(figure.confirmed ? null : "true");
    }
    await close();
  });

  it("draws unconfirmed points with their own ringed mark and a legend entry", async () => {
    const { page, close } = await openPage(pairPath);
    const drawn = await chartIds(page, "[data-figure-id]");
    const unconfirmedDrawn = figures.filter((f) => !f.confirmed && drawn.includes(f.id));
    expect(unconfirmedDrawn.length).toBeGreaterThan(0);
    expect(await chartIds(page, "[data-unconfirmed]")).toEqual(idsOf(unconfirmedDrawn));
    expect(await chartIds(page, '[data-figure-id]:has([data-mark="unconfirmed"])')).toEqual(idsOf(unconfirmedDrawn));
    const first = unconfirmedDrawn[0]!;
    expect(await page.getAttribute(`[data-testid="pair-chart"] [data-figure-id="${first.id}"]`, "aria-label")).toContain(describeConfidence(first));
    expect(await page.textContent('[data-testid="legend-unconfirmed"]')).toBe(UNCONFIRMED_LEGEND);
    await close();
  });

  it("'Show unconfirmed figures' hides them from the table and chart and brings them back, by mouse and keyboard", async () => {
    const { page, close } = await openPage(pairPath);
    const confirmed = figures.filter((f) => f.confirmed);
    const toggle = page.getByLabel("Show unconfirmed figures");
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    expect(await toggle.isChecked()).toBe(false);
    expect(await tableIds(page)).toEqual(idsOf(confirmed));
    expect(await page.$$('[data-testid="figure-table"] [data-unconfirmed]')).toHaveLength(0);
    expect(await page.$$('[data-testid="pair-chart"] [data-unconfirmed]')).toHaveLength(0);
    expect(await page.$('[data-testid="legend-unconfirmed"]')).toBeNull();
    expect(await page.textContent('[data-testid="unconfirmed-filter"]')).toContain("hidden");

    await toggle.focus();
    await page.keyboard.press("Space");
    expect(await toggle.isChecked()).toBe(true);
    expect(await tableIds(page)).toEqual(idsOf(figures));
    await close();
  });

  it("sorts by confidence as numbers", async () => {
    const { page, close } = await openPage(pairPath);
    await page.click('[data-column="confidence"]');
    const shown = (await readRows(page)).map((r) => Number.parseFloat(r.confidence));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(await page.getAttribute('th:has([data-column="confidence"])', "aria-sort")).toBe("ascending");
    await close();
  });
});

describe("unconfirmed figures in the reader and on the permalink page", () => {
  it("outlines an unconfirmed figure in its article with its confidence as the tooltip, and the permalink says it is unconfirmed", async () => {
    const figure = figures.find((f) => !f.confirmed && !f.derived)!;
    const articleId = figure.sources[0]!.articleId;
    const reader = await openPage(`/articles/${articleId}`);
    const link = reader.page.locator(`article a[data-figure-id="${figure.id}"]`);
    expect(await link.getAttribute("title")).toBe(`unconfirmed — extractor confidence ${formatConfidence(figure.confidence)}`);
    expect(await link.getAttribute("data-unconfirmed")).toBe("true");
    const styles = await link.evaluate((el) => ({ border: getComputedStyle(el).borderStyle, background: getComputedStyle(el).backgroundColor }));
    expect(styles).toEqual({ border: "dashed", background: "rgba(0, 0, 0, 0)" });
    await reader.close();

    const permalink = await openPage(`/figures/${figure.id}`);
    expect(await permalink.page.textContent('[data-testid="figure-value"]')).toContain("unconfirmed");
    expect(await permalink.page.textContent('[data-testid="figure-confidence"]')).toContain(`Unconfirmed: the extractor's confidence that it read this figure right is ${formatConfidence(figure.confidence)}`);
    await permalink.close();
  });
});
