import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openPage } from "./browser";
import { readSourcePanel } from "./pages";

const PAIR = "/pairs/belarus/georgia";
const SENTENCE_2014 = "In 2014, it totalled USD 64.18 million or about 0.1% of the total foreign trade turnover with balance deficit for Belarus.";
const TITLE = "Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations";

afterAll(closeBrowser);

/** Clicks what `click` names and returns the file the page downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

describe("CSV download", () => {
  it("follows the metrics shown: unticking Balance takes it out of the chart, the table and the CSV", async () => {
    const { page, close } = await openPage(PAIR);
    const metricsInTable = async () => [...new Set(await page.locator('[data-testid="figure-table"] tbody tr td:nth-child(2)').allTextContents())].sort();
    expect(await metricsInTable()).toContain("Balance");
    await page.getByRole("checkbox", { name: "Balance" }).uncheck();
    expect(await metricsInTable()).not.toContain("Balance");
    expect(await page.locator('[data-testid="pair-chart"] [data-figure-id^="balance-"]').count()).toBe(0);
    expect(await page.locator('[data-testid="pair-chart"] [data-figure-id^="turnover-"]').count()).toBeGreaterThan(0);
    const { bytes } = await download(page, () => page.getByRole("link", { name: "Download CSV" }).click());
    const { data } = Papa.parse<Record<string, string>>(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1), { header: true, skipEmptyLines: true });
    expect(data.length).toBeGreaterThan(0);
    expect(data.some((r) => r.metric === "balance")).toBe(false);
    expect(data.some((r) => r.metric === "turnover")).toBe(true);
    await close();
  });

  it("downloads the figures in view from the Belarus–Georgia page, with a BOM, the whole sentence and the derived rows", async () => {
    const { page, close } = await openPage(PAIR);
    const { file, bytes } = await download(page, () => page.getByRole("link", { name: "Download CSV" }).click());
    expect(file.suggestedFilename()).toBe("belarus-georgia-trade-figures.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    const turnover2014 = data.filter((r) => r.metric === "turnover" && r.period_start === "2014-01-01");
    expect(turnover2014).toHaveLength(1);
    expect(turnover2014[0]).toMatchObject({ reporter: "BLR", partner: "GEO", value: "64180000", currency: "USD", period_end: "2014-12-31", period_type: "year", derived: "false", sentence: SENTENCE_2014, article_title: TITLE, published_on: "2016-04-22" });
    expect(turnover2014[0]?.figure_url).toMatch(new RegExp(`^${BASE_URL}/figures/[a-z0-9-]+$`));
    expect(data.find((r) => r.metric === "balance" && r.period_start === "2011-01-01")?.value).toBe("-237100000");
    // "almost USD 300 million" falls short of 300 million: the range ends at it.
    expect(data.find((r) => r.metric === "turnover" && r.period_start === "2011-01-01")).toMatchObject({ value: "300000000", qualifier: "almost", value_low: "285000000", value_high: "300000000" });
    const derived = data.filter((r) => r.derived === "true");
    expect(derived.map((r) => `${r.period_start} ${r.metric}`).sort()).toEqual(["2011-01-01 exports", "2011-01-01 imports"]);
    for (const row of derived) {
      expect(row.derived_from?.split(" ")).toHaveLength(2);
      expect(row.sentence).toContain("peaked in 2011 reaching almost USD 300 million");
    }
    await close();
  });

  it("seen from Georgia, the CSV is named for that side and the 2011 balance is positive", async () => {
    const { page, close } = await openPage("/pairs/georgia/belarus");
    const { file, bytes } = await download(page, () => page.getByRole("link", { name: "Download CSV" }).click());
    expect(file.suggestedFilename()).toBe("georgia-belarus-trade-figures.csv");
    const { data } = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
    expect(data.find((r) => r.metric === "balance")).toMatchObject({ reporter: "GEO", value: "237100000" });
    await close();
  });

  it("the overview links the whole corpus as tradecite-all-figures.csv", async () => {
    const { page, close } = await openPage("/");
    const { file, bytes } = await download(page, () => page.getByRole("link", { name: "Download all figures (CSV)" }).click());
    expect(file.suggestedFilename()).toBe("tradecite-all-figures.csv");
    const { data } = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
    expect(data.some((r) => r.value === "64180000")).toBe(true);
    await close();
  });
});

describe("Cite", () => {
  it("copies a citation quoting the sentence with a permalink that opens the figure page with the same sentence", async () => {
    const { page, context, close } = await openPage(PAIR);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
    await page.getByRole("button", { name: "Cite turnover 2014" }).click();
    const dialog = page.getByRole("dialog", { name: "Cite this figure" });
    await dialog.getByRole("button", { name: "Copy Plain text" }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toContain("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`“${SENTENCE_2014}”`);
    expect(copied).toContain("Belarus–Georgia trade turnover, 2014: USD 64.18 million");
    const permalink = /Via tradecite: (\S+)/.exec(copied)?.[1] ?? "";
    expect(permalink).toMatch(new RegExp(`^${BASE_URL}/figures/[a-z0-9-]+$`));

    await dialog.getByRole("button", { name: "Copy Wikipedia {{cite news}}" }).click();
    const wiki = await page.evaluate(() => navigator.clipboard.readText());
    expect(wiki).toMatch(/^\{\{cite news \|title=Minsk gains political weight/);
    expect(wiki).toContain(`|quote=${SENTENCE_2014}}}`);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);

    await page.goto(permalink, { waitUntil: "networkidle" });
    expect((await readSourcePanel(page)).sentences.join(" ")).toContain(SENTENCE_2014);
    await close();
  });
});

describe("chart images", () => {
  it("downloads the chart as SVG and PNG that open, show the chart and carry the source line", async () => {
    const { page, close } = await openPage(PAIR);
    const svg = await download(page, () => page.getByRole("button", { name: "Chart as SVG" }).click());
    expect(svg.file.suggestedFilename()).toBe("belarus-georgia-trade-chart.svg");
    const svgText = svg.bytes.toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const source = doc.getElementById("chart-source");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        points: doc.querySelectorAll("[data-figure-id]").length,
        legend: [...doc.querySelectorAll("#chart-legend text")].map((t) => t.textContent),
        sourceLine: [...(source?.querySelectorAll("tspan") ?? [])].map((t) => t.textContent).join(" "),
        sourceTop: Number(source?.getAttribute("y")),
        height: Number(doc.documentElement.getAttribute("height")),
        stylesheets: doc.querySelectorAll("style, link").length,
        classes: doc.querySelectorAll("[class]").length,
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.points).toBeGreaterThanOrEqual(5);
    expect(parsed.legend).toEqual(["Turnover", "Exports", "Imports", "Balance"]);
    expect(parsed.sourceLine).toBe(`Source: “${TITLE}”, 22 April 2016`);
    expect(parsed.stylesheets + parsed.classes).toBe(0);
    expect(svgText).not.toContain("var(--");

    const png = await download(page, () => page.getByRole("button", { name: "Chart as PNG" }).click());
    expect(png.file.suggestedFilename()).toBe("belarus-georgia-trade-chart.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const images = await page.evaluate(
      async ({ svgText, pngBase64, sourceTop, height }) => {
        const load = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return image;
        };
        const svgImage = await load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
        const pngImage = await load(`data:image/png;base64,${pngBase64}`);
        const canvas = document.createElement("canvas");
        canvas.width = pngImage.naturalWidth;
        canvas.height = pngImage.naturalHeight;
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no canvas");
        context.drawImage(pngImage, 0, 0);
        const scale = pngImage.naturalHeight / height;
        /** Share of pixels in rows [top, bottom) (SVG units) that differ from the top-left background pixel. */
        const inked = (top: number, bottom: number) => {
          const y = Math.floor(top * scale);
          const { data } = context.getImageData(0, y, canvas.width, Math.ceil(bottom * scale) - y);
          const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (Math.abs((data[i] ?? 0) - (r ?? 0)) + Math.abs((data[i + 1] ?? 0) - (g ?? 0)) + Math.abs((data[i + 2] ?? 0) - (b ?? 0)) > 60) count++;
          return count / (data.length / 4);
        };
        return { svgWidth: svgImage.naturalWidth, pngWidth: pngImage.naturalWidth, pngHeight: pngImage.naturalHeight, whole: inked(0, height), sourceBand: inked(sourceTop - 12, height) };
      },
      { svgText, pngBase64: png.bytes.toString("base64"), sourceTop: parsed.sourceTop, height: parsed.height },
    );
    expect(images.svgWidth).toBeGreaterThan(0);
    expect(images.pngWidth).toBe(images.svgWidth * 2);
    expect(images.pngHeight).toBe(parsed.height * 2);
    expect(images.whole).toBeGreaterThan(0.01);
    expect(images.sourceBand).toBeGreaterThan(0.005);
    await close();
  });
});
