import { afterAll, describe, expect, inject, it } from "vitest";
import { closeBrowser, openPage } from "./browser";
import { readSourcePanel, rowId } from "./pages";

afterAll(closeBrowser);

describe("the article reader", () => {
  it("highlights the sentence of #s-N, and following a highlighted figure selects it on its pair page", async () => {
    const { page, close } = await openPage("/pairs/belarus/georgia");
    const id = await rowId(page, "2014", "Turnover");
    await page.click(`tr[data-figure-id="${id}"] td:first-child`);
    const readerLink = page.locator('[data-testid="source-panel"] a', { hasText: "in the article" });
    const href = (await readerLink.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/articles\/[a-z0-9-]+#s-\d+$/);

    await page.goto(`${new URL(page.url()).origin}${href}`, { waitUntil: "networkidle" });
    const target = await page.evaluate(() => {
      const el = document.querySelector(":target");
      return el && { id: el.id, text: el.textContent, background: getComputedStyle(el).backgroundColor };
    });
    expect(target?.id).toBe(href.split("#")[1]);
    expect(target?.text).toContain("In 2014, it totalled USD 64.18 million");
    expect(target?.background).not.toBe("rgba(0, 0, 0, 0)");
    const other = await page.evaluate(() => getComputedStyle(document.querySelector(".sentence:not(:target)") as Element).backgroundColor);
    expect(other).toBe("rgba(0, 0, 0, 0)");

    await page.click(`a[data-figure-id="${id}"]`);
    await page.waitForURL(`**/pairs/belarus/georgia?figure=${id}`);
    const panel = await readSourcePanel(page);
    expect(panel.id).toBe(id);
    expect(panel.sentences.join(" ")).toContain("In 2014, it totalled USD 64.18 million");
    await close();
  });

  it("gives every sentence an address", async () => {
    const ids = inject("articleIds");
    for (const articleId of ids) {
      const { page, close } = await openPage(`/articles/${articleId}`);
      const sentenceIds = await page.$$eval(".sentence", (els) => els.map((el) => el.id));
      expect(sentenceIds.length).toBeGreaterThan(0);
      expect(sentenceIds).toEqual(sentenceIds.map((_, i) => `s-${i + 1}`));
      await close();
    }
  });
});

describe("an article holding markup", () => {
  it("shows <script>, <img onerror> and javascript: links as plain text and runs none of them", async () => {
    const { page, close, errors } = await openPage(`/articles/${inject("hostileArticleId")}`);
    const text = await page.textContent("article");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(text).toContain("[link](javascript:alert(1))");
    expect(await page.textContent("h1")).toContain("<script>alert(1)</script>");
    expect(await page.$$eval("script", (els) => els.filter((el) => (el.textContent ?? "").trim() === "alert(1)").length)).toBe(0);
    expect(await page.$$("img[onerror], [onerror]")).toHaveLength(0);
    expect(await page.$$('a[href^="javascript:"]')).toHaveLength(0);

    const figureLink = page.locator("article a[data-figure-id]").first();
    await figureLink.click();
    await page.waitForURL("**/pairs/**?figure=**");
    const panelText = await page.textContent('[data-testid="source-panel"]');
    expect(panelText).toContain("<img src=x onerror=alert(1)>");
    expect(await page.$$("[onerror]")).toHaveLength(0);
    expect(errors).toEqual([]);
    await close();
  });
});
