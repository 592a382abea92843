import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/** The pair table's rows as the user sees them: figure id and the text of each cell. */
export async function readRows(page: Page): Promise<Array<{ id: string; period: string; metric: string; value: string; qualifier: string; confidence: string }>> {
  return page.$$eval('[data-testid="figure-table"] tbody tr', (rows) =>
    rows.map((tr) => {
      const cells = [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim());
      return { id: tr.getAttribute("data-figure-id") ?? "", period: cells[0] ?? "", metric: cells[1] ?? "", value: cells[2] ?? "", qualifier: cells[3] ?? "", confidence: cells[4] ?? "" };
    }),
  );
}

/** The id of the row showing `metric` for `period` (first one); throws when there is none. */
export async function rowId(page: Page, period: string, metric: string): Promise<string> {
  const row = (await readRows(page)).find((r) => r.period === period && r.metric === metric);
  if (!row) throw new Error(`no ${metric} row for ${period}`);
  return row.id;
}

/** A displayed value back to a number: "−USD 237.1 million" → -237100000, "0.1 %" → 0.1. */
export function parseDisplayedValue(text: string): number {
  const m = /^(−|-)?(?:[A-Z]{3} )?([\d.,]+)(?: (million|billion))?(?: %)?$/.exec(text.trim());
  if (!m) throw new Error(`not a displayed value: ${text}`);
  const scale = m[3] === "billion" ? 1e9 : m[3] === "million" ? 1e6 : 1;
  return (m[1] ? -1 : 1) * Number((m[2] ?? "").replace(/,/g, "")) * scale;
}

/** The selected figure's source panel: its figure id and the highlighted sentence's text. */
export async function readSourcePanel(page: Page, selectedId?: string): Promise<{ id: string | null; sentences: string[] }> {
  // A selection changes the URL first (the browser's history) and the panel as React renders: given the id, wait for it.
  const panel = page.locator(selectedId ? `[data-testid="source-panel"][data-figure-id="${selectedId}"]` : '[data-testid="source-panel"]');
  await panel.waitFor();
  return { id: await panel.getAttribute("data-figure-id"), sentences: await panel.locator('[data-testid="source-sentence"]').allTextContents() };
}

const AXE = readFileSync(join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Runs axe-core on the page; returns the serious and critical violations as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.targets.join(", ")}`);
}
