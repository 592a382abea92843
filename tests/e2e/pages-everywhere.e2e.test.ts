import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowser, openPage } from "./browser";
import { readRows, seriousViolations } from "./pages";

const SHOTS = "test-results/screenshots";
let paths: string[] = [];

/** Every page of the app: overview, every country, both sides of every pair, every article, every figure. */
beforeAll(async () => {
  const { page, close } = await openPage("/");
  const pairs = await page.$$eval('a[href^="/pairs/"]', (links) => links.map((a) => a.getAttribute("href") ?? ""));
  const countries = await page.$$eval('a[href^="/countries/"]', (links) => links.map((a) => a.getAttribute("href") ?? ""));
  await close();
  const figures: string[] = [];
  for (const pair of pairs) {
    const opened = await openPage(pair);
    figures.push(...(await readRows(opened.page)).map((r) => `/figures/${r.id}`));
    await opened.close();
  }
  const reversed = pairs.map((p) => p.replace(/^\/pairs\/([^/]+)\/([^/]+)$/, "/pairs/$2/$1"));
  paths = ["/", ...countries, "/compare", "/compare?pair=georgia:belarus&pair=georgia:armenia&pair=kazakhstan:kyrgyzstan&metric=turnover", "/embed/pairs/belarus/georgia", ...pairs, ...reversed, ...inject("articleIds").map((id) => `/articles/${id}`), ...figures];
  mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(closeBrowser);

describe("every page", () => {
  it("covers the pairs, articles and figures of the corpus", () => {
    expect(paths).toContain("/pairs/belarus/georgia");
    expect(paths).toContain("/pairs/georgia/belarus");
    expect(paths).toContain("/countries/belarus");
    expect(paths.filter((p) => p.startsWith("/figures/")).length).toBeGreaterThanOrEqual(4);
  });

  it("has no serious or critical axe-core violation, in light and dark", async () => {
    const found: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const path of [...paths, "/pairs/belarus/georgia?figure=" + (paths.find((p) => p.startsWith("/figures/")) ?? "").slice(9)]) {
        const { page, close } = await openPage(path, { colorScheme });
        found.push(...(await seriousViolations(page)).map((v) => `${colorScheme} ${path}: ${v}`));
        await close();
      }
    }
    expect(found).toEqual([]);
  }, 300_000);

  it("fits 375 px without horizontal scrolling, and a desktop", async () => {
    const overflowing: string[] = [];
    for (const width of [375, 1280]) {
      for (const path of paths) {
        const { page, close } = await openPage(path, { width, height: 800 });
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        if (scrollWidth > clientWidth) overflowing.push(`${path} at ${width}px: ${scrollWidth} > ${clientWidth}`);
        await close();
      }
    }
    expect(overflowing).toEqual([]);
  }, 300_000);

  it("follows the colour scheme: light by default, dark when the system prefers it", async () => {
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const { page, close } = await openPage("/pairs/belarus/georgia");
    const colours = async () => page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
    const light = await colours();
    expect(luminance(light.background)).toBeGreaterThan(0.9);
    expect(luminance(light.text)).toBeLessThan(0.2);
    await page.screenshot({ path: `${SHOTS}/pair-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await colours();
    expect(luminance(dark.background)).toBeLessThan(0.1);
    expect(luminance(dark.text)).toBeGreaterThan(0.8);
    await page.screenshot({ path: `${SHOTS}/pair-dark.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: `${SHOTS}/pair-dark-375.png`, fullPage: true });
    await close();
  });

  it("answers an unknown pair, article or figure with the not-found page", async () => {
    for (const path of ["/pairs/belarus/atlantis", "/pairs/belarus/belarus", "/articles/no-such-article", "/figures/no-such-figure"]) {
      const { page, close } = await openPage(path, { status: 404 });
      expect(await page.textContent("h1")).toBe("Not found");
      expect(await seriousViolations(page)).toEqual([]);
      await close();
    }
  });
});

describe("the figure permalink page", () => {
  it("has a title, description and Open Graph tags, the sentence and links to the pair and reader", async () => {
    const { page, close } = await openPage("/pairs/belarus/georgia");
    const id = (await readRows(page)).find((r) => r.period === "2014" && r.metric === "Turnover")?.id;
    await close();
    const opened = await openPage(`/figures/${id}`);
    const meta = await opened.page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute("content"),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute("content"),
      ogDescription: document.querySelector('meta[property="og:description"]')?.getAttribute("content"),
    }));
    expect(meta.title).toContain("Belarus – Georgia turnover 2014: USD 64.18 million");
    expect(meta.description).toContain("In 2014, it totalled USD 64.18 million");
    expect(meta.ogTitle).toContain("USD 64.18 million");
    expect(meta.ogDescription).toContain("In 2014, it totalled");
    expect(await opened.page.textContent('[data-testid="source-sentence"]')).toContain("In 2014, it totalled USD 64.18 million");
    expect(await opened.page.getAttribute('a[href^="/pairs/"]', "href")).toBe(`/pairs/belarus/georgia?figure=${id}`);
    expect(await opened.page.$(`a[href^="/articles/"]`)).not.toBeNull();
    await opened.close();
  });
});
