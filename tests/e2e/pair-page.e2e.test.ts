import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openPage } from "./browser";
import { parseDisplayedValue, readRows, readSourcePanel, rowId } from "./pages";

const PAIR = "/pairs/belarus/georgia";
const SENTENCE_2014 = "In 2014, it totalled USD 64.18 million";

afterAll(closeBrowser);

describe("the Belarus–Georgia page", () => {
  it("shows 2011 and 2014 turnover and the 2011 deficit, below zero on the chart", async () => {
    const { page, close } = await openPage(PAIR);
    const rows = await readRows(page);
    const row = (period: string, metric: string) => rows.find((r) => r.period === period && r.metric === metric);
    expect(row("2014", "Turnover")?.value).toBe("USD 64.18 million");
    expect(row("2011", "Turnover")).toMatchObject({ value: "USD 300 million", qualifier: "almost" });
    expect(row("2011", "Balance")?.value).toBe("−USD 237.1 million");
    expect(row("2011", "Exports")?.qualifier).toContain("derived");
    expect(await page.textContent('[data-testid="chart-summary"]')).toContain("Balance: 2011 −USD 237.1 million");
    expect(await page.textContent('[data-testid="chart-summary"]')).toContain("2011 almost USD 300 million");
    const balance = await page.locator(`[data-testid="pair-chart"] [data-figure-id="${row("2011", "Balance")?.id}"]`).boundingBox();
    const zero = await page.locator('[data-testid="pair-chart"] .recharts-reference-line line').boundingBox();
    expect(balance && zero && balance.y > zero.y).toBe(true);
    await close();
  });

  it("draws on a real time axis: 2011 and 2014 three years apart, a part-year at the end of its months, no line across missing years", async () => {
    const { page, close } = await openPage(PAIR);
    const centre = async (id: string) => {
      const box = (await page.locator(`[data-testid="pair-chart"] [data-figure-id="${id}"] .focus-ring`).boundingBox())!;
      return box.x + box.width / 2;
    };
    const [x2011, x2014] = [await centre(await rowId(page, "2011", "Turnover")), await centre(await rowId(page, "2014", "Turnover"))];
    const tickLabels = page.locator('[data-testid="pair-chart"] .recharts-cartesian-axis-tick-value');
    expect((await tickLabels.allTextContents()).filter((t) => /^\d{4}$/.test(t))).toEqual(["2011", "2012", "2013", "2014"]);
    const tickX = async (year: string) => {
      const box = (await tickLabels.filter({ hasText: new RegExp(`^${year}$`) }).boundingBox())!;
      return box.x + box.width / 2;
    };
    const perYear = (await tickX("2014")) - (await tickX("2013"));
    expect(Math.abs(x2014 - x2011 - 3 * perYear)).toBeLessThan(2);
    // 2012 and 2013 state no turnover: its line does not run from 2011 to 2014.
    expect(await page.locator('[data-testid="pair-chart"] .recharts-line path.recharts-curve').evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? "").filter((d) => d.includes("L")).length)).toBe(0);
    await close();

    // Armenia–Georgia: 2022, January–March 2023 and a 2025 target.
    const other = await openPage("/pairs/armenia/georgia");
    const at = async (period: string, metric: string) => {
      const id = await rowId(other.page, period, metric);
      const box = (await other.page.locator(`[data-testid="pair-chart"] [data-figure-id="${id}"] .focus-ring`).first().boundingBox())!;
      return box.x + box.width / 2;
    };
    const [y2022, q1, target] = [await at("2022", "Turnover"), await at("Jan–Mar 2023", "Turnover"), await at("2025", "Turnover (target)")];
    // Mid-2022 to the end of March 2023 is 0.75 years; mid-2022 to mid-2025, 3.
    expect((q1 - y2022) / (target - y2022)).toBeCloseTo(0.25, 1);
    await other.close();
  });

  it("clicking the 2014 turnover point in the chart shows its sentence in the source panel", async () => {
    const { page, close } = await openPage(PAIR);
    const id = await rowId(page, "2014", "Turnover");
    await page.click(`[data-testid="pair-chart"] [data-figure-id="${id}"]`);
    await page.waitForURL(`**${PAIR}?figure=${id}`);
    const panel = await readSourcePanel(page, id);
    expect(panel.id).toBe(id);
    expect(panel.sentences.join(" ")).toContain(SENTENCE_2014);
    expect(await page.textContent('[data-testid="source-panel"] mark')).toBe("USD 64.18 million");
    await close();
  });

  it("clicking the 2014 turnover row shows the same sentence, and a reload keeps it selected", async () => {
    const { page, close } = await openPage(PAIR);
    const id = await rowId(page, "2014", "Turnover");
    await page.click(`[data-testid="figure-table"] tr[data-figure-id="${id}"] td:first-child`);
    await page.waitForURL(`**?figure=${id}`);
    expect((await readSourcePanel(page, id)).sentences.join(" ")).toContain(SENTENCE_2014);
    await page.reload({ waitUntil: "networkidle" });
    const panel = await readSourcePanel(page);
    expect(panel.id).toBe(id);
    expect(panel.sentences.join(" ")).toContain(SENTENCE_2014);
    expect(await page.getAttribute(`tr[data-figure-id="${id}"]`, "data-selected")).toBe("true");
    await close();
  });

  it("sorts by value as numbers, ascending then descending", async () => {
    const { page, close } = await openPage(PAIR);
    const initial = (await readRows(page)).map((r) => r.id);
    const values = async () => (await readRows(page)).map((r) => parseDisplayedValue(r.value));
    await page.click('[data-column="value"]');
    const ascending = await values();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect((await readRows(page)).map((r) => r.id)).not.toEqual(initial);
    expect(await page.getAttribute('th:has([data-column="value"])', "aria-sort")).toBe("ascending");
    await page.click('[data-column="value"]');
    const descending = await values();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await close();
  });

  it("seen from Georgia, the 2011 balance is positive and exports and imports swap", async () => {
    const { page, close } = await openPage(PAIR);
    const balanceId = await rowId(page, "2011", "Balance");
    const exportsFromBelarus = (await readRows(page)).find((r) => r.period === "2011" && r.metric === "Exports")?.value;
    await page.click(`tr[data-figure-id="${balanceId}"] td:first-child`);
    await page.waitForURL(`**?figure=${balanceId}`);
    await page.click('[data-testid="side-georgia"]');
    await page.waitForURL(`**/pairs/georgia/belarus?figure=${balanceId}`);
    await page.locator("h1", { hasText: "Georgia – Belarus" }).waitFor();
    const rows = await readRows(page);
    expect(rows.find((r) => r.period === "2011" && r.metric === "Balance")?.value).toBe("USD 237.1 million");
    expect(rows.find((r) => r.period === "2011" && r.metric === "Imports")?.value).toBe(exportsFromBelarus);
    expect((await readSourcePanel(page)).id).toBe(balanceId);
    expect(await page.getAttribute('[data-testid="side-georgia"]', "aria-current")).toBe("page");
    // Its permalink from this side shows what the row says, not Belarus's deficit.
    const permalink = page.getByRole("link", { name: "Permalink to this figure" });
    expect(await permalink.getAttribute("href")).toBe(`/figures/${balanceId}?side=georgia`);
    await permalink.click();
    await page.waitForURL(`**/figures/${balanceId}?side=georgia`);
    // The page's HTML is the reporter's view; ?side= switches it once the page has loaded.
    await page.locator("h1", { hasText: "Georgia – Belarus" }).waitFor();
    expect(await page.textContent('[data-testid="figure-value"]')).toContain("USD 237.1 million");
    expect(await page.textContent('[data-testid="figure-value"]')).not.toContain("−");
    await close();
  });
});

describe("on a phone", () => {
  it("shows each row's Cite, and brings the source panel into view when a row is selected", async () => {
    const { page, close } = await openPage(PAIR, { width: 375, height: 700 });
    const id = await rowId(page, "2014", "Turnover");
    expect(await page.getByRole("button", { name: "Cite turnover 2014" }).isVisible()).toBe(true);
    await page.click(`tr[data-figure-id="${id}"] td:first-child`);
    await page.waitForURL(`**?figure=${id}`);
    await expect.poll(() => page.evaluate(() => {
      const r = document.querySelector('[data-testid="source-panel"]')!.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    }), { timeout: 5000 }).toBe(true);
    await close();
  });
});

describe("keyboard use", () => {
  it("sorts, selects a row, selects a chart point and switches sides from the keyboard", async () => {
    const { page, close } = await openPage(PAIR);
    await page.focus('[data-column="value"]');
    await page.keyboard.press("Enter");
    expect(await page.getAttribute('th:has([data-column="value"])', "aria-sort")).toBe("ascending");

    const id = await rowId(page, "2014", "Turnover");
    await page.focus(`tr[data-figure-id="${id}"] button`);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**?figure=${id}`);
    expect((await readSourcePanel(page, id)).sentences.join(" ")).toContain(SENTENCE_2014);

    const balanceId = await rowId(page, "2011", "Balance");
    await page.focus(`[data-testid="pair-chart"] [data-figure-id="${balanceId}"]`);
    await page.keyboard.press(" ");
    await page.waitForURL(`**?figure=${balanceId}`);
    expect((await readSourcePanel(page, balanceId)).id).toBe(balanceId);
    // Focus stays on the point that was chosen, and the panel is a polite live region.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-figure-id"))).toBe(balanceId);
    expect(await page.locator('[aria-live="polite"]:has([data-testid="source-panel"])').count()).toBe(1);

    // Tab moves from the first side link to the second, which Enter follows.
    await page.focus('[data-testid="side-belarus"]');
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("side-georgia");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/pairs/georgia/belarus**");
    await close();
  });
});
