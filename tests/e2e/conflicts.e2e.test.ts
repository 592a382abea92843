import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openPage } from "./browser";
import { readRows, readSourcePanel } from "./pages";

afterAll(closeBrowser);

/**
 * The temporary corpus holds two Armenia–Georgia sources (global-setup.ts): one states the 2022
 * turnover as USD 1.2 billion, the other as USD 1.1 billion and adds January–March 2023.
 */
describe("two sources for one point, and a part-year figure", () => {
  it("keeps both 2022 claims, each with its own sentence, and never averages them", async () => {
    const { page, close } = await openPage("/pairs/armenia/georgia");
    const turnover2022 = (await readRows(page)).filter((r) => r.period === "2022" && r.metric === "Turnover");
    expect(turnover2022.map((r) => r.value).sort()).toEqual(["USD 1.1 billion", "USD 1.2 billion"]);
    expect(turnover2022.every((r) => r.qualifier.includes("conflict"))).toBe(true);
    const sentences: string[] = [];
    for (const row of turnover2022) {
      await page.click(`[data-testid="pair-chart"] [data-figure-id="${row.id}"]`);
      await page.waitForURL(`**?figure=${row.id}`);
      const panel = await readSourcePanel(page, row.id);
      sentences.push(panel.sentences.join(" "));
      expect(await page.textContent('[data-testid="source-panel"]')).toContain("both are shown");
    }
    expect(sentences.some((s) => s.includes("totalled USD 1.2 billion"))).toBe(true);
    expect(sentences.some((s) => s.includes("reached USD 1.1 billion in 2022"))).toBe(true);
    expect(await page.textContent('[data-testid="chart-summary"]')).not.toContain("1.15 billion");
    await close();
  });

  it("shows January–March 2023 as a part-year point of its own", async () => {
    const { page, close } = await openPage("/pairs/armenia/georgia");
    const q1 = (await readRows(page)).find((r) => r.metric === "Turnover" && r.period === "Jan–Mar 2023");
    expect(q1?.value).toBe("USD 310.5 million");
    const point = page.locator(`[data-testid="pair-chart"] [data-figure-id="${q1?.id}"]`);
    expect(await point.getAttribute("aria-label")).toContain("Jan–Mar 2023");
    await close();
  });

  it("draws the 2025 target as a hollow triangle of its own, with its legend entry", async () => {
    const { page, close } = await openPage("/pairs/armenia/georgia");
    const target = (await readRows(page)).find((r) => r.metric === "Turnover (target)" && r.period === "2025");
    expect(target?.value).toBe("USD 2 billion");
    const mark = page.locator(`[data-testid="pair-chart"] [data-figure-id="${target?.id}"]`);
    expect(await mark.getAttribute("aria-label")).toContain("Turnover 2025: USD 2 billion (target)");
    expect(await mark.locator('path[data-kind="target"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="legend-goals"]')).toContain("target or forecast");
    await close();
  });
});
